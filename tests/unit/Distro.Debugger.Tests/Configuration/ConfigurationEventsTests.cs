using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class ConfigurationEventsTests
{
    [Fact]
    public void Parse_ClampedLimit_IsReportedThroughTheEventSource()
    {
        using var listener = new DebuggerEventListener();
        var hash = $"events-{Guid.NewGuid():N}";

        _ = ConfigJson.Single(ConfigJson.Configuration(hash: hash, codeCapture: """{"CaptureLimits":{"MaxObjectDepth":99}}"""));

        var issue = Assert.Single(listener.Events, e => e.EventId == 101 && Equals(e.Payload?[1], hash));
        Assert.Equal(nameof(ConfigurationIssue.ValueClamped), issue.Payload![0]);
        Assert.Contains("MaxObjectDepth", (string)issue.Payload[2]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedResponse_IsReportedThroughTheEventSource()
    {
        using var listener = new DebuggerEventListener();

        var result = ConfigJson.Parse("{");

        Assert.Contains(listener.Events, e => e.EventId == 100 && Equals(e.Payload?[0], result.FailureReason));
    }

    [Fact]
    public void Read_BadSetting_IsReportedThroughTheEventSource()
    {
        using var listener = new DebuggerEventListener();
        var variable = DebuggerEnvironmentVariables.ProbePollInterval;

        _ = DebuggerSettingsReader.Read(name => name == variable ? "soon" : null);

        Assert.Contains(listener.Events, e => e.EventId == 103 && Equals(e.Payload?[0], variable));
    }

    /// <summary>Events are delivered synchronously on the writing thread, so they are all here when the call returns.</summary>
    private sealed class DebuggerEventListener : EventListener
    {
        public ConcurrentQueue<EventWrittenEventArgs> Events { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "OpenTelemetry-Distro-Debugger")
            {
                EnableEvents(eventSource, EventLevel.Verbose);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData) => Events.Enqueue(eventData);
    }
}
