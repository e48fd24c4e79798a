using System.Reflection;
using Distro.Debugger.Instrumentation;
using Distro.Hooks.Control;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>Arms debugger probes on methods the way the probe manager does (one host per method, the real profiler), and waits until they apply.</summary>
internal static class EngineArming
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    public static InstrumentedMethodHost ArmMethod(MethodBase method, IMethodCapture capture) =>
        Arm(method, host => host.Add(capture, []));

    public static InstrumentedMethodHost ArmLine(MethodBase method, ILineCapture capture, int ilOffset, IReadOnlyList<int> locals) =>
        Arm(method, host => host.Add(capture, ilOffset, locals));

    private static InstrumentedMethodHost Arm(MethodBase method, Func<InstrumentedMethodHost, Task<InstrumentationStatus>> add)
    {
        RequireProfiler();
        var host = new InstrumentedMethodHost(method, new ProfilerMethodRewriter());
        var status = add(host);
        host.Commit();
        if (!status.Wait(s_timeout) || !status.Result.IsActive)
        {
            throw new InvalidOperationException($"arming {method.Name} failed: {(status.IsCompleted ? status.Result.ToString() : "no status within the timeout")}");
        }

        return host;
    }

    /// <summary>Takes the probe off its method, restoring the original code when it was the last one.</summary>
    public static void Disarm(InstrumentedMethodHost? host, object capture)
    {
        host?.Remove(capture);
        host?.Commit();
    }

    public static void RequireProfiler()
    {
        if (!MethodInstrumenter.IsAvailable)
        {
            throw new InvalidOperationException($"methods cannot be instrumented in this process: {MethodInstrumenter.UnavailableReason}");
        }
    }
}
