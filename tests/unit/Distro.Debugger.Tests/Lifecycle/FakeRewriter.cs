using System.Collections.Concurrent;
using System.Reflection;
using Distro.Debugger.Instrumentation;
using Distro.Hooks.Control;

namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>Stands in for the profiler: records which methods are rewritten with what, and lets tests run their probes.</summary>
internal sealed class FakeRewriter : IMethodRewriter
{
    private static readonly TimeSpan s_waitDeadline = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<MethodBase, Rewrite> _active = new();
    private readonly object _statusGate = new();
    private bool _holdingStatuses;
    private int _statusWaits;

    public string? UnavailableReason { get; set; }

    public int InstrumentCalls { get; private set; }

    public int UpdateCalls { get; private set; }

    public int RevertCalls { get; private set; }

    public InstrumentationStatus StatusToReport { get; set; } = new(InstrumentationState.Requested, InstrumentationFailure.None, 0, string.Empty);

    /// <summary>
    /// From now on a rewrite stays queued, as while the profiler's thread is busy: waiting for its status blocks, and
    /// gives <see cref="InstrumentationState.Queued"/> at the timeout, until <see cref="ReleaseStatuses"/>.
    /// </summary>
    public void HoldStatuses()
    {
        lock (_statusGate)
        {
            _holdingStatuses = true;
        }
    }

    /// <summary>Processes the queued rewrites: every wait for a status, held or to come, gets <paramref name="status"/>.</summary>
    public void ReleaseStatuses(InstrumentationStatus status)
    {
        lock (_statusGate)
        {
            StatusToReport = status;
            _holdingStatuses = false;
            Monitor.PulseAll(_statusGate);
        }
    }

    /// <summary>Blocks until the lifecycle has begun waiting for <paramref name="count"/> statuses in all, up to a deadline.</summary>
    public void WaitForStatusWaits(int count)
    {
        var deadline = DateTime.UtcNow + s_waitDeadline;
        lock (_statusGate)
        {
            while (_statusWaits < count)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"{_statusWaits} of {count} waits for a status began");
                }

                Monitor.Wait(_statusGate, left);
            }
        }
    }

    public bool IsRewritten(MethodBase method) => _active.ContainsKey(method);

    public MethodInstrumentation? Current(MethodBase method) => _active.TryGetValue(method, out var rewrite) ? rewrite.Instrumentation : null;

    /// <summary>Runs one call of a rewritten method through its method probe: true when a probe captured it.</summary>
    public bool Call(MethodBase method, object? instance, params object?[] arguments)
    {
        if (Current(method)?.MethodProbe?.TryBeginFrame() is not { } frame)
        {
            return false;
        }

        frame.OnEntry(instance, arguments);
        frame.OnReturn(instance, null, null, null);
        return true;
    }

    /// <summary>Reaches a probed line of a rewritten method: true when a line probe captured it.</summary>
    public bool ReachLine(MethodBase method, int ilOffset, object? instance, object?[] arguments, Func<int, object?> local)
    {
        var line = Current(method)?.Lines.SingleOrDefault(candidate => candidate.ILOffset == ilOffset);
        if (line is null || !line.Probe.TryBegin())
        {
            return false;
        }

        line.Probe.OnLine(instance, arguments, [.. line.Locals.Select(local)]);
        return true;
    }

    public IRewriteHandle Instrument(MethodBase method, MethodInstrumentation instrumentation)
    {
        InstrumentCalls++;
        var rewrite = new Rewrite(this, method) { Instrumentation = instrumentation };
        _active[method] = rewrite;
        return rewrite;
    }

    private InstrumentationStatus AwaitStatus(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_statusGate)
        {
            _statusWaits++;
            Monitor.PulseAll(_statusGate);
            while (_holdingStatuses)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    return new(InstrumentationState.Queued, InstrumentationFailure.None, 0, string.Empty);
                }

                Monitor.Wait(_statusGate, left);
            }

            return StatusToReport;
        }
    }

    private sealed class Rewrite(FakeRewriter owner, MethodBase method) : IRewriteHandle
    {
        public MethodInstrumentation Instrumentation { get; set; } = new(null, [], []);

        public InstrumentationStatus WaitForStatus(TimeSpan timeout) => owner.AwaitStatus(timeout);

        public void Update(MethodInstrumentation instrumentation)
        {
            owner.UpdateCalls++;
            Instrumentation = instrumentation;
        }

        public void Dispose()
        {
            owner.RevertCalls++;
            owner._active.TryRemove(method, out _);
        }
    }
}
