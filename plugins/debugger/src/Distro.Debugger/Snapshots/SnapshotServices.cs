using Distro.Debugger.Export;
using Distro.Debugger.RateLimiting;

namespace Distro.Debugger.Snapshots;

/// <summary>What every probe's capture path shares: where snapshots go, the global rate limit, who hears about hits.</summary>
internal sealed record SnapshotServices(ISnapshotSink Sink, WindowRateLimiter GlobalLimiter, IProbeActivity Activity)
{
    public const int DefaultGlobalSnapshotsPerSecond = 100;
}

/// <summary>Told about probes firing, from the application's thread: implementations must return at once.</summary>
internal interface IProbeActivity
{
    /// <summary>A snapshot was taken for the probe.</summary>
    void Hit(ArmedProbe probe);

    /// <summary>The probe took its last allowed hit (a BREAKPOINT's MaxHits) and disabled itself.</summary>
    void Exhausted(ArmedProbe probe);
}
