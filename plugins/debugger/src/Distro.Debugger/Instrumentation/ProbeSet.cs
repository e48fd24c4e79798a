using Distro.Hooks;

namespace Distro.Debugger.Instrumentation;

/// <summary>
/// All the method probes armed on one method, behind the single <see cref="MethodProbe"/> one version of the rewritten
/// method calls. Adding or removing a probe swaps an immutable array: no rewrite, and the other probes on the method
/// are not disturbed. A rewrite that changes what the method passes (its return locals) gets a new set, so the locals
/// a frame receives always match the slots it was told.
/// </summary>
internal sealed class ProbeSet(IReadOnlyList<int> returnLocals) : MethodProbe
{
    private IMethodCapture[] _captures = [];

    public IReadOnlyList<int> ReturnLocals { get; } = returnLocals;

    public IMethodCapture[] Captures => Volatile.Read(ref _captures);

    public void Set(IMethodCapture[] captures) => Volatile.Write(ref _captures, captures);

    public override ProbeFrame? TryBeginFrame()
    {
        var captures = Volatile.Read(ref _captures);
        if (captures.Length == 1)
        {
            return captures[0].TryBeginFrame(ReturnLocals);
        }

        ProbeFrame? first = null;
        List<ProbeFrame>? all = null;
        foreach (var capture in captures)
        {
            if (capture.TryBeginFrame(ReturnLocals) is not { } frame)
            {
                continue;
            }

            if (first is null)
            {
                first = frame;
            }
            else
            {
                all ??= [first];
                all.Add(frame);
            }
        }

        return all is null ? first : new CompositeFrame(all);
    }
}
