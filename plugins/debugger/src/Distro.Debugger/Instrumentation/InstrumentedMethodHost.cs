using System.Reflection;
using Distro.Debugger.Diagnostics;
using Distro.Hooks.Control;

namespace Distro.Debugger.Instrumentation;

/// <summary>
/// One method and every probe armed on it, method probes and line probes alike. Probes join and leave, and
/// <see cref="Commit"/> applies all of that at once: the first probe rewrites the method, the last one to leave
/// restores it. Probes that join or leave without changing what the rewritten code must pass (whether there is a
/// method probe, which lines, which locals) only swap the probe sets: the method's code and the other probes are not
/// disturbed. A change of that shape is applied as one new rewrite, however many probes changed.
/// </summary>
internal sealed class InstrumentedMethodHost(MethodBase method, IMethodRewriter rewriter)
{
    public static readonly TimeSpan StatusTimeout = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly List<(IMethodCapture Capture, IReadOnlyList<int> ReturnLocals)> _methodCaptures = [];
    private readonly List<(ILineCapture Capture, int ILOffset, IReadOnlyList<int> Locals)> _lineCaptures = [];
    private ProbeSet? _probeSet;
    private Dictionary<int, LineProbeSet> _lineSets = [];
    private string? _shape;
    private IRewriteHandle? _rewrite;
    private Task<InstrumentationStatus>? _status;
    private TaskCompletionSource<Task<InstrumentationStatus>> _nextCommit = NewCommit();
    private bool _changed;

    public MethodBase Method { get; } = method;

    /// <summary>
    /// Adds a method probe, armed at the next <see cref="Commit"/>; the task completes with the method's
    /// instrumentation status once the profiler processed that commit.
    /// </summary>
    public Task<InstrumentationStatus> Add(IMethodCapture capture, IReadOnlyList<int> returnLocals)
    {
        lock (_gate)
        {
            _methodCaptures.Add((capture, returnLocals));
            _changed = true;
            return _nextCommit.Task.Unwrap();
        }
    }

    /// <summary>Adds a line probe before the instruction at <paramref name="ilOffset"/>, passed the given local slots.</summary>
    public Task<InstrumentationStatus> Add(ILineCapture capture, int ilOffset, IReadOnlyList<int> locals)
    {
        lock (_gate)
        {
            _lineCaptures.Add((capture, ilOffset, locals));
            _changed = true;
            return _nextCommit.Task.Unwrap();
        }
    }

    /// <summary>Takes a probe off the method at the next <see cref="Commit"/>.</summary>
    public void Remove(object capture)
    {
        lock (_gate)
        {
            _changed |= _methodCaptures.RemoveAll(entry => ReferenceEquals(entry.Capture, capture)) > 0;
            _changed |= _lineCaptures.RemoveAll(entry => ReferenceEquals(entry.Capture, capture)) > 0;
        }
    }

    /// <summary>
    /// Applies every probe added or removed since the last commit as one rewrite, or restores the original code when no
    /// probe is left. Returns true when the method carries no probe any more.
    /// </summary>
    public bool Commit()
    {
        lock (_gate)
        {
            var isEmpty = _methodCaptures.Count + _lineCaptures.Count == 0;
            if (!_changed)
            {
                return isEmpty;
            }

            _changed = false;
            var commit = _nextCommit;
            _nextCommit = NewCommit();
            if (!isEmpty)
            {
                commit.SetResult(ApplyOrFail());
                return false;
            }

            _rewrite?.Dispose();
            _rewrite = null;
            _status = null;
            _shape = null;
            _probeSet = null;
            _lineSets = [];
            commit.SetResult(Task.FromResult(new InstrumentationStatus(InstrumentationState.Reverted, InstrumentationFailure.None, 0, string.Empty)));
            return true;
        }
    }

    private Task<InstrumentationStatus> ApplyOrFail()
    {
        try
        {
            return Apply();
        }
        catch (Exception e)
        {
            return Task.FromResult(Report(new InstrumentationStatus(InstrumentationState.Failed, InstrumentationFailure.InternalError, e.HResult, e.Message)));
        }
    }

    private static TaskCompletionSource<Task<InstrumentationStatus>> NewCommit() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Task<InstrumentationStatus> Apply()
    {
        var returnLocals = _methodCaptures.SelectMany(entry => entry.ReturnLocals).Distinct().Order().ToArray();
        var lines = _lineCaptures
            .GroupBy(entry => entry.ILOffset)
            .OrderBy(group => group.Key)
            .Select(group => (Offset: group.Key, Locals: group.SelectMany(entry => entry.Locals).Distinct().Order().ToArray(), Captures: group.Select(entry => entry.Capture).ToArray()))
            .ToList();
        var shape = $"{_methodCaptures.Count > 0}|{string.Join(',', returnLocals)}|{string.Join(';', lines.Select(line => $"{line.Offset}:{string.Join(',', line.Locals)}"))}";
        if (shape == _shape && _status is not null)
        {
            _probeSet?.Set([.. _methodCaptures.Select(entry => entry.Capture)]);
            foreach (var line in lines)
            {
                _lineSets[line.Offset].Set(line.Captures);
            }

            return _status;
        }

        // New sets for the new shape: the old code, still running on some threads, keeps calling the old ones.
        _probeSet = _methodCaptures.Count > 0 ? new ProbeSet(returnLocals) : null;
        _probeSet?.Set([.. _methodCaptures.Select(entry => entry.Capture)]);
        _lineSets = lines.ToDictionary(line => line.Offset, line => new LineProbeSet(line.Locals));
        foreach (var line in lines)
        {
            _lineSets[line.Offset].Set(line.Captures);
        }

        var instrumentation = new MethodInstrumentation(
            _probeSet,
            [.. lines.Select(line => new LineInstrumentation(line.Offset, _lineSets[line.Offset], line.Locals))],
            returnLocals);
        var rewrite = _rewrite;
        if (rewrite is null)
        {
            rewrite = rewriter.Instrument(Method, instrumentation);
            _rewrite = rewrite;
        }
        else
        {
            rewrite.Update(instrumentation);
        }

        _shape = shape;
        _status = RewriteStatusWaiter.Shared.WhenProcessed(rewrite, StatusTimeout).ContinueWith(
            processed => Report(processed.Result),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
        return _status;
    }

    private InstrumentationStatus Report(InstrumentationStatus status)
    {
        var method = $"{Method.DeclaringType?.FullName}.{Method.Name}";
        if (status.State == InstrumentationState.Failed)
        {
            DebuggerEventSource.Log.MethodInstrumentationFailed(method, status.ToString());
        }
        else
        {
            DebuggerEventSource.Log.MethodInstrumentation(method, status.ToString());
        }

        return status;
    }
}
