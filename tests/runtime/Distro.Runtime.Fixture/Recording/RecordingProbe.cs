using System.Collections.Concurrent;
using System.Diagnostics;
using Distro.Hooks;

namespace Distro.Runtime.Fixture.Recording;

/// <summary>A probe that records every hook call, or declines every call when <see cref="Capturing"/> is off.</summary>
public sealed class RecordingProbe : MethodProbe
{
    private readonly ConcurrentQueue<RecordedEvent> _events = new();
    private int _lastFrame;
    private long _gateCalls;

    public bool Capturing { get; set; } = true;

    /// <summary>Where the probe throws, to show that a failing probe leaves the method unaffected.</summary>
    public ProbeFailure Failure { get; set; }

    public long GateCalls => Interlocked.Read(ref _gateCalls);

    public IReadOnlyList<RecordedEvent> TakeEvents()
    {
        var events = new List<RecordedEvent>();
        while (_events.TryDequeue(out var recorded))
        {
            events.Add(recorded);
        }

        return events;
    }

    public override ProbeFrame? TryBeginFrame()
    {
        Interlocked.Increment(ref _gateCalls);
        if (Failure == ProbeFailure.Gate)
        {
            throw new InvalidOperationException("gate failure injected by the fixture");
        }

        return Capturing ? new Frame(this, Interlocked.Increment(ref _lastFrame)) : null;
    }

    private sealed class Frame(RecordingProbe probe, int id) : ProbeFrame
    {
        public override void OnEntry(object? instance, object?[]? arguments)
        {
            FailIfAsked();
            probe._events.Enqueue(new RecordedEvent("entry", id, ValueFormatter.Format(instance), ValueFormatter.FormatAll(arguments)));
        }

        public override void OnReturn(object? instance, object? returnValue, object?[]? byRefArguments, object?[]? locals)
        {
            FailIfAsked();
            probe._events.Enqueue(new RecordedEvent(
                "return",
                id,
                ValueFormatter.Format(instance),
                ValueFormatter.FormatAll(byRefArguments),
                ValueFormatter.Format(returnValue),
                ElapsedTicks: Stopwatch.GetTimestamp() - StartTimestamp));
        }

        public override void OnThrow(Exception exception)
        {
            FailIfAsked();
            probe._events.Enqueue(new RecordedEvent(
                "throw",
                id,
                ExceptionType: exception.GetType().FullName,
                ExceptionMessage: exception.Message,
                ElapsedTicks: Stopwatch.GetTimestamp() - StartTimestamp));
        }

        private void FailIfAsked()
        {
            if (probe.Failure == ProbeFailure.Frame)
            {
                throw new InvalidOperationException("frame failure injected by the fixture");
            }
        }
    }
}

public enum ProbeFailure
{
    None,
    Gate,
    Frame,
}
