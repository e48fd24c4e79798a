using Distro.Debugger.Configuration;

namespace Distro.Debugger.Status;

/// <summary>
/// What has been reported for one version of a configuration, updated lock-free from any thread: the capture path
/// only reads and compares-and-swaps fields here.
/// </summary>
internal sealed class TrackedConfiguration(InstrumentationConfiguration configuration)
{
    private int _reported;

    /// <summary>UTC ticks before which a hit reports nothing; the first hit always reports.</summary>
    private long _nextActiveTicks = long.MinValue;

    public InstrumentationConfiguration Configuration { get; } = configuration;

    public bool IsFor(InstrumentationConfiguration other) => ReferenceEquals(Configuration, other) || Configuration.IsSameVersionAs(other);

    public bool HasReported(ReportedStatuses statuses) => (Volatile.Read(ref _reported) & (int)statuses) != 0;

    /// <summary>Records <paramref name="status"/> as reported; false when it already was, by this thread or another.</summary>
    public bool TryMarkReported(ReportedStatuses status)
    {
        while (true)
        {
            var reported = Volatile.Read(ref _reported);
            if ((reported & (int)status) != 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _reported, reported | (int)status, reported) == reported)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// True for the one hit that is to report ACTIVE: the first, then the first after each interval. Of hits racing
    /// for the same turn, exactly one wins.
    /// </summary>
    public bool TryTakeActiveTurn(long nowTicks, long intervalTicks)
    {
        var next = Volatile.Read(ref _nextActiveTicks);
        return nowTicks >= next && Interlocked.CompareExchange(ref _nextActiveTicks, nowTicks + intervalTicks, next) == next;
    }
}
