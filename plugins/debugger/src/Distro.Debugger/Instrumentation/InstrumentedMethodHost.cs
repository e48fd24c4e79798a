using System.Reflection;
using Distro.Debugger.Diagnostics;
using Distro.Hooks;
using Distro.Hooks.Control;

namespace Distro.Debugger.Instrumentation;

/// <summary>
/// One method and every probe armed on it. The first probe rewrites the method, the last one to leave restores it;
/// probes in between join or leave the <see cref="ProbeSet"/> without touching the method's code.
/// </summary>
internal sealed class InstrumentedMethodHost(MethodBase method, IMethodRewriter rewriter)
{
    public static readonly TimeSpan StatusTimeout = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly ProbeSet _probes = new();
    private IRewriteHandle? _rewrite;
    private Task<InstrumentationStatus>? _status;

    public MethodBase Method { get; } = method;

    public int ProbeCount => _probes.Count;

    /// <summary>Arms a probe; the task completes with the method's instrumentation status once the profiler processed it.</summary>
    public Task<InstrumentationStatus> Add(MethodProbe probe)
    {
        lock (_gate)
        {
            _probes.Add(probe);
            if (_rewrite is null)
            {
                var rewrite = rewriter.Instrument(Method, _probes);
                _rewrite = rewrite;
                _status = Task.Run(() => Report(rewrite.WaitForStatus(StatusTimeout)));
            }

            return _status!;
        }
    }

    /// <summary>Disarms a probe; returns true when it was the last one and the original code is being restored.</summary>
    public bool Remove(MethodProbe probe)
    {
        lock (_gate)
        {
            if (_probes.Remove(probe) > 0 || _rewrite is null)
            {
                return false;
            }

            _rewrite.Dispose();
            _rewrite = null;
            _status = null;
            return true;
        }
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
