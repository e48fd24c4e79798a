using Distro.Debugger.Instrumentation;
using Distro.Hooks;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>One armed configuration on one method: the gate, and a frame per admitted call.</summary>
internal sealed class MethodSnapshotProbe(ArmedProbe probe, ProbeTarget target, SnapshotServices services) : IMethodCapture
{
    public ArmedProbe Probe { get; } = probe;

    public ProbeTarget Target { get; } = target;

    public SnapshotServices Services { get; } = services;

    public ProbeFrame? TryBeginFrame(IReadOnlyList<int> returnLocals)
    {
        if (!Probe.TryAdmit(Services.GlobalLimiter, out var exhaustedNow))
        {
            return null;
        }

        if (exhaustedNow)
        {
            Services.Activity.Exhausted(Probe);
        }

        return new MethodSnapshotFrame(this, returnLocals);
    }
}
