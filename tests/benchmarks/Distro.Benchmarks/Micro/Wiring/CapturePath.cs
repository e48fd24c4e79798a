using Distro.Debugger.Configuration;
using Distro.Debugger.Export;
using Distro.Debugger.RateLimiting;
using Distro.Debugger.Snapshots;
using Distro.Debugger.Snapshots.Serialization.Redaction;
using Distro.Debugger.Status;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>
/// The debugger's capture path put together as the probe manager puts it together (a global rate limit shared by every
/// probe, hits tracked for status reporting, the default redaction), around the sink a benchmark chooses.
/// </summary>
internal sealed class CapturePath
{
    /// <summary>The most permits a rate limiter's window holds: in effect no limit, for a benchmark that captures every call.</summary>
    public const int Unlimited = (1 << 24) - 1;

    private readonly StatusTracker _statuses = new(new DiscardingStatusSink(), TimeProvider.System);

    public CapturePath(ISnapshotSink sink, int globalSnapshotsPerSecond = SnapshotServices.DefaultGlobalSnapshotsPerSecond)
    {
        Services = new SnapshotServices(sink, new WindowRateLimiter(globalSnapshotsPerSecond, TimeSpan.FromSeconds(1)), new StatusTrackingActivity(_statuses));
    }

    public SnapshotServices Services { get; }

    /// <summary>
    /// With the production rate limit on the production clock: each second opens a window whose permits the first calls
    /// in it take (see <see cref="Exhaust"/>), and the probe turns the rest away.
    /// </summary>
    public ArmedProbe ArmRateLimited(InstrumentationConfiguration configuration) =>
        Arm(configuration, ArmedProbe.DefaultSnapshotsPerSecond);

    /// <summary>Admits every call.</summary>
    public ArmedProbe ArmUnlimited(InstrumentationConfiguration configuration) => Arm(configuration, Unlimited);

    /// <summary>Takes the permits left in the probe's current window.</summary>
    public static void Exhaust(ArmedProbe probe)
    {
        while (probe.RateLimiter.TryAcquire())
        {
            // Each turn takes one permit.
        }
    }

    private ArmedProbe Arm(InstrumentationConfiguration configuration, int snapshotsPerSecond)
    {
        _statuses.Track(configuration);
        return new ArmedProbe(configuration, RedactionPolicy.Default, snapshotsPerSecond);
    }
}
