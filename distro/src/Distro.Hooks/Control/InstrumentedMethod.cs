using System.Reflection;

namespace Distro.Hooks.Control;

/// <summary>A method instrumented through <see cref="MethodInstrumenter"/>; disposing it restores the original code.</summary>
public sealed class InstrumentedMethod : IDisposable
{
    private readonly InstrumentationStatus? _refusal;
    private long _revertRequestId;

    internal InstrumentedMethod(MethodBase method, int probeId, long rewriteRequestId)
    {
        Method = method;
        ProbeId = probeId;
        RewriteRequestId = rewriteRequestId;
    }

    internal InstrumentedMethod(MethodBase method, InstrumentationStatus refusal)
    {
        Method = method;
        _refusal = refusal;
    }

    public MethodBase Method { get; }

    /// <summary>The id the rewritten IL passes to <see cref="ProbeHooks.MethodBegin"/> (0 when refused).</summary>
    public int ProbeId { get; }

    internal long RewriteRequestId { get; }

    /// <summary>The current status: of the rewrite, or after <see cref="Dispose"/> of the revert.</summary>
    public InstrumentationStatus Status => WaitForStatus(TimeSpan.Zero);

    /// <summary>Waits until the profiler's thread has processed the latest request (or the timeout passes) and returns its status.</summary>
    public InstrumentationStatus WaitForStatus(TimeSpan timeout)
    {
        if (_refusal is { } refusal)
        {
            return refusal;
        }

        var revert = Interlocked.Read(ref _revertRequestId);
        return MethodInstrumenter.QueryStatus(revert != 0 ? revert : RewriteRequestId, timeout);
    }

    /// <summary>Stops the probe and asks the profiler to restore the method's original code.</summary>
    public void Dispose()
    {
        if (_refusal is null)
        {
            MethodInstrumenter.Remove(this);
        }
    }

    internal bool TryMarkRemoved(long revertRequestId) => Interlocked.CompareExchange(ref _revertRequestId, revertRequestId, 0) == 0;

    public override string ToString() => $"{Method.DeclaringType?.FullName}.{Method.Name} (probe {ProbeId})";
}
