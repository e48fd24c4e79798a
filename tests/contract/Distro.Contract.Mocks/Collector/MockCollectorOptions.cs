namespace Distro.Contract.Mocks.Collector;

/// <summary>How much the mock collector keeps.</summary>
public sealed record MockCollectorOptions
{
    /// <summary>Log records, spans and metrics kept per signal; beyond that the oldest are evicted and counted.</summary>
    public int Capacity { get; init; } = 100_000;

    /// <summary>Export requests kept (with their headers); beyond that the oldest are evicted.</summary>
    public int RequestHistory { get; init; } = 1_000;
}
