using System.Collections.Concurrent;
using System.Reflection;
using Distro.Debugger.Instrumentation;
using Distro.Hooks;
using Distro.Hooks.Control;

namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>Stands in for the profiler: records which methods are rewritten and lets tests call their probes.</summary>
internal sealed class FakeRewriter : IMethodRewriter
{
    private readonly ConcurrentDictionary<MethodBase, Rewrite> _active = new();

    public string? UnavailableReason { get; set; }

    public int InstrumentCalls { get; private set; }

    public InstrumentationStatus StatusToReport { get; set; } = new(InstrumentationState.Requested, InstrumentationFailure.None, 0, string.Empty);

    public bool IsRewritten(MethodBase method) => _active.ContainsKey(method);

    /// <summary>Runs one call of a rewritten method through its probe: true when a probe captured it.</summary>
    public bool Call(MethodBase method, object? instance, params object?[] arguments)
    {
        if (!_active.TryGetValue(method, out var rewrite) || rewrite.Probe.TryBeginFrame() is not { } frame)
        {
            return false;
        }

        frame.OnEntry(instance, arguments);
        frame.OnReturn(instance, null, null, null);
        return true;
    }

    public IRewriteHandle Instrument(MethodBase method, MethodProbe probe)
    {
        InstrumentCalls++;
        var rewrite = new Rewrite(this, method, probe);
        _active[method] = rewrite;
        return rewrite;
    }

    private sealed class Rewrite(FakeRewriter owner, MethodBase method, MethodProbe probe) : IRewriteHandle
    {
        public MethodProbe Probe { get; } = probe;

        public InstrumentationStatus WaitForStatus(TimeSpan timeout) => owner.StatusToReport;

        public void Dispose() => owner._active.TryRemove(method, out _);
    }
}
