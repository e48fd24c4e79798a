using System.Collections.Concurrent;
using System.Reflection;
using Distro.Debugger.Instrumentation;
using Distro.Hooks.Control;

namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>Stands in for the profiler: records which methods are rewritten with what, and lets tests run their probes.</summary>
internal sealed class FakeRewriter : IMethodRewriter
{
    private readonly ConcurrentDictionary<MethodBase, Rewrite> _active = new();

    public string? UnavailableReason { get; set; }

    public int InstrumentCalls { get; private set; }

    public int UpdateCalls { get; private set; }

    public int RevertCalls { get; private set; }

    public InstrumentationStatus StatusToReport { get; set; } = new(InstrumentationState.Requested, InstrumentationFailure.None, 0, string.Empty);

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

    private sealed class Rewrite(FakeRewriter owner, MethodBase method) : IRewriteHandle
    {
        public MethodInstrumentation Instrumentation { get; set; } = new(null, [], []);

        public InstrumentationStatus WaitForStatus(TimeSpan timeout) => owner.StatusToReport;

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
