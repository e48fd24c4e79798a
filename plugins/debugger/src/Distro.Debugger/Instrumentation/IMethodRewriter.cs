using System.Reflection;
using Distro.Hooks;
using Distro.Hooks.Control;

namespace Distro.Debugger.Instrumentation;

/// <summary>The engine as the lifecycle uses it, so the lifecycle can be tested without a profiler.</summary>
internal interface IMethodRewriter
{
    string? UnavailableReason { get; }

    IRewriteHandle Instrument(MethodBase method, MethodProbe probe);
}

/// <summary>One rewritten method: its status, and disposal to restore the original code.</summary>
internal interface IRewriteHandle : IDisposable
{
    InstrumentationStatus WaitForStatus(TimeSpan timeout);
}

/// <summary>The real engine: the profiler through <see cref="MethodInstrumenter"/>.</summary>
internal sealed class ProfilerMethodRewriter : IMethodRewriter
{
    public string? UnavailableReason => MethodInstrumenter.UnavailableReason;

    public IRewriteHandle Instrument(MethodBase method, MethodProbe probe) => new Handle(MethodInstrumenter.Instrument(method, probe));

    private sealed class Handle(InstrumentedMethod instrumented) : IRewriteHandle
    {
        public InstrumentationStatus WaitForStatus(TimeSpan timeout) => instrumented.WaitForStatus(timeout);

        public void Dispose() => instrumented.Dispose();
    }
}
