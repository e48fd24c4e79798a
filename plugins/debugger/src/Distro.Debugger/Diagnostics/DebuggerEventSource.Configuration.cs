using System.Diagnostics.Tracing;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Diagnostics;

/// <summary>Events of probe configuration parsing and settings (ids 100-199).</summary>
internal sealed partial class DebuggerEventSource
{
    [Event(100, Level = EventLevel.Warning, Message = "Probe configuration response refused: {0}")]
    public void ConfigurationRejected(string reason) => WriteEvent(100, reason);

    [NonEvent]
    public void ReportConfigurationIssue(ConfigurationIssue issue, string? locationHash, string path, string message)
    {
        if (IsEnabled(EventLevel.Warning, EventKeywords.All))
        {
            ConfigurationIssueFound(issue.ToString(), locationHash ?? "", $"{path}: {message}");
        }
    }

    [Event(101, Level = EventLevel.Warning, Message = "Probe configuration {1}: {0} at {2}")]
    public void ConfigurationIssueFound(string issue, string locationHash, string detail) => WriteEvent(101, issue, locationHash, detail);

    [Event(102, Level = EventLevel.Verbose, Message = "Probe configurations parsed: {0} valid, {1} invalid, {2} diagnostics")]
    public void ConfigurationsParsed(int valid, int invalid, int diagnostics) => WriteEvent(102, valid, invalid, diagnostics);

    [Event(103, Level = EventLevel.Warning, Message = "Environment variable {0}: {1}")]
    public void SettingInvalid(string variable, string detail) => WriteEvent(103, variable, detail);
}
