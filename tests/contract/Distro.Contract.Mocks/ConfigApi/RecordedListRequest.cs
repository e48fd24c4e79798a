namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>A list-instrumentation-configurations request as it arrived (recorded before it is answered).</summary>
public sealed record RecordedListRequest
{
    /// <summary>Null when the body did not carry it as a string.</summary>
    public required string? Service { get; init; }

    public required string? Environment { get; init; }

    /// <summary>As sent, e.g. "PROBE".</summary>
    public required string? InstrumentationType { get; init; }

    /// <summary>The cursor the client echoed, exactly as sent; null when absent.</summary>
    public required SyncCursor? SyncedAt { get; init; }

    public required string? NextToken { get; init; }

    public required string Body { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The fault the test scheduled and this request received, if any.</summary>
    public required ConfigApiFault? Fault { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public override string ToString() =>
        $"list {InstrumentationType} for '{Service}'/'{Environment}', SyncedAt {SyncedAt?.Json ?? "absent"}, " +
        $"NextToken {NextToken ?? "absent"}" + (Fault is null ? string.Empty : $", fault {Fault}") +
        $" at {ReceivedAt:HH:mm:ss.fff}";
}
