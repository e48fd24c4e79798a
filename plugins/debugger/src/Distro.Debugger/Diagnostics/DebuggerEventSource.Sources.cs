using System.Diagnostics.Tracing;

namespace Distro.Debugger.Diagnostics;

/// <summary>Events of the configuration sources (ids 400-449) and of status reporting (ids 450-499).</summary>
internal sealed partial class DebuggerEventSource
{
    [Event(400, Level = EventLevel.Warning, Message = "Config API at {1}: {0} failing ({2}): {3}; retrying with backoff")]
    public void ConfigApiFailing(string operation, string endpoint, string failure, string detail) =>
        WriteEvent(400, operation, endpoint, failure, detail);

    [Event(401, Level = EventLevel.Informational, Message = "Config API at {1}: {0} works again after {2} failed attempt(s)")]
    public void ConfigApiRecovered(string operation, string endpoint, int failedAttempts) => WriteEvent(401, operation, endpoint, failedAttempts);

    [Event(402, Level = EventLevel.Informational, Message = "Source {0} applied {2} {1} configuration(s) and {3} invalid one(s)")]
    public void ConfigurationsApplied(string source, string type, int count, int invalid) => WriteEvent(402, source, type, count, invalid);

    [Event(403, Level = EventLevel.Error, Message = "Source {0} could not apply its {1} configurations: {2}")]
    public void ConfigurationsNotApplied(string source, string type, string exception) => WriteEvent(403, source, type, exception);

    [Event(404, Level = EventLevel.Verbose, Message = "Config API: {0} configurations unchanged")]
    public void ConfigurationsUnchanged(string type) => WriteEvent(404, type);

    [Event(405, Level = EventLevel.Warning, Message = "Config API listed {1} configuration(s) of another type than {0}; they were ignored")]
    public void ConfigurationsOfOtherTypeIgnored(string type, int count) => WriteEvent(405, type, count);

    [Event(406, Level = EventLevel.Error, Message = "{0} failed unexpectedly: {1}")]
    public void BackgroundWorkFailed(string component, string exception) => WriteEvent(406, component, exception);

    [Event(410, Level = EventLevel.Warning, Message = "Probe file {0} not used, the current configurations are kept: {1}")]
    public void ProbeFileRefused(string path, string reason) => WriteEvent(410, path, reason);

    [Event(411, Level = EventLevel.Verbose, Message = "Probe file {0} changed on disk but not in content")]
    public void ProbeFileUnchanged(string path) => WriteEvent(411, path);

    [Event(412, Level = EventLevel.Informational, Message = "Probe file {0} does not exist: no configurations from it")]
    public void ProbeFileAbsent(string path) => WriteEvent(412, path);

    [Event(413, Level = EventLevel.Informational, Message = "Probe file {0} cannot be watched ({1}); it is checked every {2} ms instead")]
    public void ProbeFileNotWatched(string path, string reason, long checkIntervalMilliseconds) =>
        WriteEvent(413, path, reason, checkIntervalMilliseconds);

    [Event(450, Level = EventLevel.Warning, Message = "Status reports dropped: {0} so far ({1})")]
    public void StatusesDropped(long totalDropped, string reason) => WriteEvent(450, totalDropped, reason);

    [Event(451, Level = EventLevel.Verbose, Message = "Reported {0} configuration status(es)")]
    public void StatusesSent(int count) => WriteEvent(451, count);

    [Event(452, Level = EventLevel.Verbose, Message = "{0} configuration {1} is now {2}")]
    public void StatusChanged(string type, string locationHash, string status) => WriteEvent(452, type, locationHash, status);

    [Event(453, Level = EventLevel.Warning, Message = "{0} configuration {1} cannot be applied ({2}): {3}")]
    public void ConfigurationFailed(string type, string locationHash, string cause, string message) =>
        WriteEvent(453, type, locationHash, cause, message);

    [Event(454, Level = EventLevel.Error, Message = "Status reporting failed unexpectedly: {0}")]
    public void StatusReportingFailed(string exception) => WriteEvent(454, exception);
}
