using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Distro.Debugger.Resolution;
using static Distro.Debugger.Tests.Resolution.Locations;

namespace Distro.Debugger.Tests.Resolution;

public class ResolutionEventsTests(ProbeTargetsFixture fixture) : IClassFixture<ProbeTargetsFixture>
{
    private const int TargetNotResolvedEvent = 302;
    private const int TargetResolvedEvent = 300;

    [Fact]
    public void Resolve_Failure_IsReportedThroughEventSource()
    {
        using var listener = new ResolutionListener();
        var location = Method("Acme.Shop", "EventsTestMissingType", "Run");

        fixture.Resolver.Resolve(location);

        var reported = Assert.Single(listener.Events, payload => payload.EventId == TargetNotResolvedEvent && Equals(payload.Payload?[0], location.ToString()));
        Assert.Equal(nameof(ResolutionFailure.MethodNotFound), reported.Payload![1]);
    }

    [Fact]
    public void Resolve_Success_IsReportedWithTargetNames()
    {
        using var listener = new ResolutionListener();
        var location = Method("Acme.Shop", "Notes", "Annotated");

        fixture.Resolver.Resolve(location);

        var reported = Assert.Single(listener.Events, payload => payload.EventId == TargetResolvedEvent && Equals(payload.Payload?[0], location.ToString()));
        Assert.Equal("Notes.Annotated", reported.Payload![2]);
    }

    private sealed class ResolutionListener : EventListener
    {
        public ConcurrentQueue<EventWrittenEventArgs> Events { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "OpenTelemetry-Distro-Debugger")
            {
                EnableEvents(eventSource, EventLevel.Informational);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData) => Events.Enqueue(eventData);
    }
}
