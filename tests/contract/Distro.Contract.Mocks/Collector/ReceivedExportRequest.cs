namespace Distro.Contract.Mocks.Collector;

/// <summary>One export request as it arrived, for assertions on headers, transport and retries.</summary>
public sealed record ReceivedExportRequest
{
    public required OtlpSignal Signal { get; init; }

    public required OtlpTransport Transport { get; init; }

    public required string Path { get; init; }

    /// <summary>Request headers, case-insensitive (for gRPC: the HTTP/2 headers, i.e. the call metadata).</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The size of the decoded (decompressed) protobuf message; 0 when it did not decode.</summary>
    public required int MessageBytes { get; init; }

    /// <summary>Log records, spans or metrics kept from this request.</summary>
    public required int ItemCount { get; init; }

    /// <summary>The fault the test scheduled and this request received, if any.</summary>
    public required CollectorFault? Fault { get; init; }

    /// <summary>Why the request was refused (a fault or an unreadable request); null when its telemetry was kept.</summary>
    public required string? Rejection { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public bool Accepted => Rejection is null;

    public override string ToString() =>
        $"{Signal} export via {Transport} to {Path}: {ItemCount} item(s), " +
        (Accepted ? "accepted" : $"rejected ({Rejection})") + $" at {ReceivedAt:HH:mm:ss.fff}";
}
