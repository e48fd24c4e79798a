namespace Distro.Contract.Mocks.Collector;

/// <summary>An event recorded on a received span (exceptions arrive this way).</summary>
public sealed record ReceivedSpanEvent(
    string Name, ulong TimeUnixNano, IReadOnlyDictionary<string, object?> Attributes);
