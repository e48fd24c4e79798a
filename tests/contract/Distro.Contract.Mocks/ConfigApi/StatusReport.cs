namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>One report-instrumentation-configuration-status request (a batch), accepted or not.</summary>
public sealed record StatusReport
{
    public required string? Service { get; init; }

    public required string? Environment { get; init; }

    /// <summary>The statuses the batch carried, in order.</summary>
    public required IReadOnlyList<ReportedStatus> Statuses { get; init; }

    public required string Body { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required ConfigApiFault? Fault { get; init; }

    /// <summary>Why the batch was refused (a fault or an unreadable body); null when accepted.</summary>
    public required string? Rejection { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public bool Accepted => Rejection is null;

    public override string ToString() =>
        $"status batch of {Statuses.Count} for '{Service}'/'{Environment}', " +
        (Accepted ? "accepted" : $"rejected ({Rejection})") + $" at {ReceivedAt:HH:mm:ss.fff}";
}
