using Distro.Debugger.Configuration;
using Distro.Debugger.RateLimiting;
using Distro.Debugger.Snapshots.Serialization;
using Distro.Debugger.Snapshots.Serialization.Redaction;

namespace Distro.Debugger.Snapshots;

/// <summary>
/// One configuration while it is armed: what it captures, with which limits, and its gate (enabled flag, rate limit,
/// hit count). Shared by every method the configuration resolved to.
/// </summary>
internal sealed class ArmedProbe
{
    public const int DefaultSnapshotsPerSecond = 5;

    private int _enabled = 1;
    private int _exhaustionReported;

    public ArmedProbe(
        InstrumentationConfiguration configuration,
        RedactionPolicy redaction,
        int snapshotsPerSecond = DefaultSnapshotsPerSecond,
        Func<long>? clockMilliseconds = null)
    {
        Configuration = configuration;
        var limits = configuration.Capture.Limits;
        Serializer = new ValueSerializer(
            new CaptureLimits(limits.MaxStringLength, limits.MaxCollectionWidth, limits.MaxCollectionDepth, limits.MaxObjectDepth, limits.MaxFieldsPerObject),
            redaction);
        RateLimiter = new WindowRateLimiter(snapshotsPerSecond, TimeSpan.FromSeconds(1), clockMilliseconds);
        Hits = limits.MaxHits is { } maxHits ? new HitCounter(maxHits) : null;
    }

    public InstrumentationConfiguration Configuration { get; }

    public ValueSerializer Serializer { get; }

    public WindowRateLimiter RateLimiter { get; }

    /// <summary>The hit budget of a BREAKPOINT; null for a PROBE, which is permanent.</summary>
    public HitCounter? Hits { get; }

    public bool IsEnabled => Volatile.Read(ref _enabled) != 0;

    /// <summary>Stops the probe from admitting further calls (removal, expiry, MaxHits).</summary>
    public void Disable() => Volatile.Write(ref _enabled, 0);

    /// <summary>
    /// The gate, on the application's thread for every call of a probed method: enabled, under this probe's rate
    /// limit, under the global one, and with hits left. Cheap and allocation-free when it refuses.
    /// </summary>
    public bool TryAdmit(WindowRateLimiter globalLimiter, out bool exhaustedNow)
    {
        exhaustedNow = false;
        if (!IsEnabled || !RateLimiter.TryAcquire())
        {
            return false;
        }

        if (!globalLimiter.TryAcquire())
        {
            RateLimiter.Release();
            return false;
        }

        if (Hits is not { } hits)
        {
            return true;
        }

        var hit = hits.TryHit();
        if (hit == 0)
        {
            return false;
        }

        if (hit == hits.MaximumHits && Interlocked.Exchange(ref _exhaustionReported, 1) == 0)
        {
            Disable();
            exhaustedNow = true;
        }

        return true;
    }
}
