using Distro.Debugger.Snapshots;
using Distro.Debugger.Status;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>What the probe manager does when a probe fires: the hit goes to the status tracker (ACTIVE at most once a minute).</summary>
internal sealed class StatusTrackingActivity(StatusTracker tracker) : IProbeActivity
{
    public void Hit(ArmedProbe probe) => tracker.Hit(probe.Configuration);

    public void Exhausted(ArmedProbe probe)
    {
    }
}
