using Distro.Debugger.Diagnostics;
using Distro.Hooks;

namespace Distro.Debugger.Instrumentation;

/// <summary>
/// All the line probes armed at one IL offset of one method, behind the single <see cref="LineProbe"/> the rewritten
/// line calls, with the local slots that version of the rewrite passes. The gate and the capture are two hook calls;
/// which probes the gate admitted is handed from one to the other on the thread, as nothing runs between them.
/// </summary>
internal sealed class LineProbeSet(IReadOnlyList<int> locals) : LineProbe
{
    [ThreadStatic]
    private static ILineCapture[]? s_admittedFrom;

    [ThreadStatic]
    private static ulong s_admittedOnThread;

    private ILineCapture[] _captures = [];

    public IReadOnlyList<int> Locals { get; } = locals;

    public ILineCapture[] Captures => Volatile.Read(ref _captures);

    /// <summary>At most 64 probes per line: more would not fit the admitted set, and no one needs them.</summary>
    public void Set(ILineCapture[] captures) => Volatile.Write(ref _captures, captures.Length <= 64 ? captures : captures[..64]);

    public override bool TryBegin()
    {
        var captures = Volatile.Read(ref _captures);
        if (captures.Length == 1)
        {
            return captures[0].TryAdmit();
        }

        ulong admitted = 0;
        for (var i = 0; i < captures.Length; i++)
        {
            if (captures[i].TryAdmit())
            {
                admitted |= 1UL << i;
            }
        }

        s_admittedFrom = captures;
        s_admittedOnThread = admitted;
        return admitted != 0;
    }

    public override void OnLine(object? instance, object?[]? arguments, object?[]? locals)
    {
        var captures = Volatile.Read(ref _captures);
        var values = new LocalValues(Locals, locals);
        if (captures.Length == 1)
        {
            captures[0].Capture(instance, arguments, values);
            return;
        }

        // The gate's view of the probes, should the set have changed in between.
        var admitted = s_admittedOnThread;
        captures = s_admittedFrom ?? captures;
        s_admittedOnThread = 0;
        s_admittedFrom = null;
        for (var i = 0; i < captures.Length; i++)
        {
            if ((admitted & (1UL << i)) == 0)
            {
                continue;
            }

            try
            {
                captures[i].Capture(instance, arguments, values);
            }
            catch (Exception e)
            {
                DebuggerEventSource.Log.ProbeFrameFailed(captures[i].GetType().Name, e.ToString());
            }
        }
    }
}
