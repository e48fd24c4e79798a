using System.Reflection;
using Distro.Debugger.Instrumentation;
using Distro.Hooks.Control;

namespace Distro.Benchmarks.Arming;

/// <summary>
/// The profiler's rewriter, remembering the latest rewrite so the benchmark can wait until the probe manager's removal
/// has really restored the method before it arms it again.
/// </summary>
internal sealed class RevertAwareRewriter(IMethodRewriter inner) : IMethodRewriter
{
    private IRewriteHandle? _latest;

    public string? UnavailableReason => inner.UnavailableReason;

    public IRewriteHandle Instrument(MethodBase method, MethodInstrumentation instrumentation)
    {
        var handle = inner.Instrument(method, instrumentation);
        Volatile.Write(ref _latest, handle);
        return handle;
    }

    /// <summary>Waits for the latest rewrite's revert; true when the original code is back.</summary>
    public bool WaitForRevert(TimeSpan timeout) =>
        Volatile.Read(ref _latest) is { } latest && latest.WaitForStatus(timeout).State == InstrumentationState.Reverted;
}
