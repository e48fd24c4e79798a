using System.Diagnostics.Tracing;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>
/// Watches the runtime's JIT events until a method has been compiled with a given callee inlined into it: the JIT
/// reports the inlining while it compiles the method, then the method once its code is ready.
/// </summary>
internal sealed class InliningWatcher(Type type, string inliner, string inlinee) : EventListener
{
    private const string RuntimeEventSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private const EventKeywords JitTracingKeyword = (EventKeywords)0x1000;

    // Field initializers run before the base constructor, which may already deliver events.
    private readonly string _typeName = type.FullName!;
    private readonly string _inliner = inliner;
    private readonly string _inlinee = inlinee;
    private readonly ManualResetEventSlim _compiled = new();
    private volatile bool _inlined;

    /// <summary>Waits until the inliner's code with the callee inlined is ready, or the timeout passes; true when it is.</summary>
    public bool WaitCompiled(TimeSpan timeout) => _compiled.Wait(timeout);

    public override void Dispose()
    {
        base.Dispose();
        _compiled.Dispose();
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeEventSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword | JitTracingKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName == "MethodJitInliningSucceeded"
            && Has(eventData, "MethodBeingCompiledNamespace", _typeName)
            && Has(eventData, "MethodBeingCompiledName", _inliner)
            && Has(eventData, "InlineeName", _inlinee))
        {
            _inlined = true;
        }
        else if (_inlined
            && eventData.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) == true
            && Has(eventData, "MethodNamespace", _typeName)
            && Has(eventData, "MethodName", _inliner))
        {
            _compiled.Set();
        }
    }

    private static bool Has(EventWrittenEventArgs eventData, string name, string value)
    {
        var index = eventData.PayloadNames?.IndexOf(name) ?? -1;
        return index >= 0 && eventData.Payload?[index] as string == value;
    }
}
