using System.Reflection;
using Distro.Debugger.Diagnostics;
using Distro.Hooks.Control;

namespace Distro.Debugger.Instrumentation;

/// <summary>
/// One method and every probe armed on it, method probes and line probes alike. The first probe rewrites the method,
/// the last one to leave restores it. Probes that join or leave without changing what the rewritten code must pass
/// (whether there is a method probe, which lines, which locals) only swap the probe sets: the method's code and the
/// other probes are not disturbed. A change of that shape is applied as one new rewrite.
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

    public MethodBase Method { get; } = method;

    public int ProbeCount
    {
        get
        {
            lock (_gate)
            {
                return _methodCaptures.Count + _lineCaptures.Count;
            }
        }
    }

    /// <summary>Arms a method probe; the task completes with the method's instrumentation status once the profiler processed it.</summary>
    public Task<InstrumentationStatus> Add(IMethodCapture capture, IReadOnlyList<int> returnLocals)
    {
        lock (_gate)
        {
            _methodCaptures.Add((capture, returnLocals));
            return Apply();
        }
    }

    /// <summary>Arms a line probe before the instruction at <paramref name="ilOffset"/>, passed the given local slots.</summary>
    public Task<InstrumentationStatus> Add(ILineCapture capture, int ilOffset, IReadOnlyList<int> locals)
    {
        lock (_gate)
        {
            _lineCaptures.Add((capture, ilOffset, locals));
            return Apply();
        }
    }

    /// <summary>Disarms a probe; returns true when it was the last one and the original code is being restored.</summary>
    public bool Remove(object capture)
    {
        lock (_gate)
        {
            _methodCaptures.RemoveAll(entry => ReferenceEquals(entry.Capture, capture));
            _lineCaptures.RemoveAll(entry => ReferenceEquals(entry.Capture, capture));
            if (_methodCaptures.Count + _lineCaptures.Count > 0)
            {
                Apply();
                return false;
            }

            _rewrite?.Dispose();
            _rewrite = null;
            _status = null;
            _shape = null;
            _probeSet = null;
            _lineSets = [];
            return true;
        }
    }

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
        _status = Task.Run(() => Report(rewrite.WaitForStatus(StatusTimeout)));
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
