namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>One configuration status from an accepted report-instrumentation-configuration-status batch.</summary>
public sealed record ReportedStatus
{
    public required string? Service { get; init; }

    public required string? Environment { get; init; }

    public required string? InstrumentationType { get; init; }

    public required string? SignalType { get; init; }

    public required string? LocationHash { get; init; }

    /// <summary>READY, ACTIVE, DISABLED or ERROR, as sent.</summary>
    public required string? Status { get; init; }

    /// <summary>A string Time as it was sent; any other JSON value as its JSON text.</summary>
    public required string? Time { get; init; }

    public required string? ErrorCause { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public override string ToString() =>
        $"status {Status} for {LocationHash} ({InstrumentationType}/{SignalType}) of '{Service}'/'{Environment}'" +
        (ErrorCause is null ? string.Empty : $", ErrorCause {ErrorCause}") + $" at {ReceivedAt:HH:mm:ss.fff}";
}
