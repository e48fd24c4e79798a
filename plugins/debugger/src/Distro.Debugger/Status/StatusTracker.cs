using System.Collections.Concurrent;
using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Status;

/// <summary>
/// Decides which status transitions of a configuration are reported, and pushes them to the sink:
/// READY once it really applies (unless hits already proved it), ERROR once, DISABLED once and for good, and
/// ACTIVE on the first hit, then at most once per <c>activeInterval</c> while hits continue. A removed configuration
/// is forgotten, and a re-created one (same identity, another version) starts afresh. Never throws.
/// </summary>
/// <remarks><para><c>activeInterval</c>: Null for <see cref="DefaultActiveInterval"/>.</para></remarks>
internal sealed class StatusTracker(IStatusSink sink, TimeProvider clock, TimeSpan? activeInterval = null)
{
    public static readonly TimeSpan DefaultActiveInterval = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<ConfigurationIdentity, TrackedConfiguration> _tracked = new();
    private readonly long _activeIntervalTicks = (activeInterval ?? DefaultActiveInterval).Ticks;

    /// <summary>Starts tracking a configuration about to be applied, so that hits that come before READY count.</summary>
    public void Track(InstrumentationConfiguration configuration) => Guard(() => TrackedOf(configuration));

    /// <summary>The rewrite really took effect.</summary>
    public void Ready(InstrumentationConfiguration configuration) => Guard(() =>
    {
        var tracked = TrackedOf(configuration);
        if (!tracked.HasReported(ReportedStatuses.Active | ReportedStatuses.Disabled) && tracked.TryMarkReported(ReportedStatuses.Ready))
        {
            Send(configuration, InstrumentationStatus.Ready);
        }
    });

    /// <summary>The configuration cannot be applied; <paramref name="message"/> goes to the diagnostics, which the API has no field for.</summary>
    public void Error(InstrumentationConfiguration configuration, ErrorCause cause, string message) => Guard(() =>
    {
        var tracked = TrackedOf(configuration);
        if (!tracked.HasReported(ReportedStatuses.Disabled) && tracked.TryMarkReported(ReportedStatuses.Error))
        {
            DebuggerEventSource.Log.ConfigurationFailed(WireNames.Of(configuration.Type), configuration.LocationHash, WireNames.Of(cause), message);
            Send(configuration, InstrumentationStatus.Error, cause);
        }
    });

    /// <summary>MaxHits reached or expired: reported once, and nothing is reported for this version after it.</summary>
    public void Disabled(InstrumentationConfiguration configuration) => Guard(() =>
    {
        if (TrackedOf(configuration).TryMarkReported(ReportedStatuses.Disabled))
        {
            Send(configuration, InstrumentationStatus.Disabled);
        }
    });

    /// <summary>
    /// A snapshot was taken, on the application's thread. When nothing is to be reported this costs a dictionary
    /// lookup, a clock read and a comparison, and allocates nothing.
    /// </summary>
    public void Hit(InstrumentationConfiguration configuration)
    {
        try
        {
            if (_tracked.TryGetValue(configuration.Identity, out var tracked)
                && tracked.IsFor(configuration)
                && !tracked.HasReported(ReportedStatuses.Disabled)
                && tracked.TryTakeActiveTurn(clock.GetUtcNow().UtcTicks, _activeIntervalTicks))
            {
                tracked.TryMarkReported(ReportedStatuses.Active);
                Send(configuration, InstrumentationStatus.Active);
            }
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.StatusReportingFailed(e.ToString());
        }
    }

    /// <summary>Forgets the configuration: nothing more is reported for it, even from hits still under way.</summary>
    public void Removed(ConfigurationIdentity identity) => _tracked.TryRemove(identity, out _);

    private TrackedConfiguration TrackedOf(InstrumentationConfiguration configuration) => _tracked.AddOrUpdate(
        configuration.Identity,
        static (_, added) => new TrackedConfiguration(added),
        static (_, existing, added) => existing.IsFor(added) ? existing : new TrackedConfiguration(added),
        configuration);

    private void Send(InstrumentationConfiguration configuration, InstrumentationStatus status, ErrorCause? cause = null)
    {
        DebuggerEventSource.Log.StatusChanged(WireNames.Of(configuration.Type), configuration.LocationHash, WireNames.Of(status));
        sink.Report(ConfigurationStatus.Of(configuration, status, clock.GetUtcNow(), cause));
    }

    private static void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.StatusReportingFailed(e.ToString());
        }
    }
}
