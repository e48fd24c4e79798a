using Distro.Debugger.Diagnostics;
using Distro.Hooks;

namespace Distro.Debugger.Instrumentation;

/// <summary>One call observed by several probes at once; a probe that fails does not keep the others from their capture.</summary>
internal sealed class CompositeFrame(IReadOnlyList<ProbeFrame> frames) : ProbeFrame
{
    public override void OnEntry(object? instance, object?[]? arguments) =>
        ForEach(frame => frame.OnEntry(instance, arguments));

    public override void OnReturn(object? instance, object? returnValue, object?[]? byRefArguments, object?[]? locals) =>
        ForEach(frame => frame.OnReturn(instance, returnValue, byRefArguments, locals));

    public override void OnThrow(Exception exception) => ForEach(frame => frame.OnThrow(exception));

    private void ForEach(Action<ProbeFrame> action)
    {
        foreach (var frame in frames)
        {
            try
            {
                action(frame);
            }
            catch (Exception e)
            {
                DebuggerEventSource.Log.ProbeFrameFailed(frame.GetType().Name, e.ToString());
            }
        }
    }
}
