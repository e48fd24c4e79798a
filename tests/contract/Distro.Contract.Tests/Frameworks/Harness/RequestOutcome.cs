using Distro.Contract.Mocks.Collector;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>One request a test sent: its trace context, how the app answered, and the snapshots taken in it.</summary>
public sealed record RequestOutcome(TraceParent Trace, string Response, IReadOnlyList<ReceivedLogRecord> Snapshots)
{
    public bool Has(string locationHash) => Snapshots.Any(snapshot => ProbeSession.LocationHashOf(snapshot) == locationHash);

    public ReceivedLogRecord Of(string locationHash) => Snapshots.Single(snapshot => ProbeSession.LocationHashOf(snapshot) == locationHash);

    public override string ToString() =>
        $"request of trace {Trace.TraceId} answered '{Response}' with snapshots of [{string.Join(", ", Snapshots.Select(ProbeSession.LocationHashOf))}]";
}
