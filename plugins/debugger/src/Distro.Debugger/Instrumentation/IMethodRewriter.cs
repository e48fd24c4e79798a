using System.Reflection;
using Distro.Hooks.Control;

namespace Distro.Debugger.Instrumentation;

/// <summary>The engine as the lifecycle uses it, so the lifecycle can be tested without a profiler.</summary>
internal interface IMethodRewriter
{
    string? UnavailableReason { get; }

    IRewriteHandle Instrument(MethodBase method, MethodInstrumentation instrumentation);
}

/// <summary>One rewritten method: its status, a new rewrite with other probes, and disposal to restore the original code.</summary>
internal interface IRewriteHandle : IDisposable
{
    InstrumentationStatus WaitForStatus(TimeSpan timeout);

    void Update(MethodInstrumentation instrumentation);
}

/// <summary>The real engine: the profiler through <see cref="MethodInstrumenter"/>.</summary>
internal sealed class ProfilerMethodRewriter : IMethodRewriter
{
    public string? UnavailableReason => MethodInstrumenter.UnavailableReason;

    public IRewriteHandle Instrument(MethodBase method, MethodInstrumentation instrumentation) =>
        new Handle(MethodInstrumenter.Instrument(method, instrumentation));

    private sealed class Handle(InstrumentedMethod instrumented) : IRewriteHandle
    {
        public InstrumentationStatus WaitForStatus(TimeSpan timeout) => instrumented.WaitForStatus(timeout);

        public void Update(MethodInstrumentation instrumentation) => instrumented.Update(instrumentation);

        public void Dispose() => instrumented.Dispose();
    }
}
