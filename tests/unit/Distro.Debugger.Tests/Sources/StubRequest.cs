using System.Text.Json;

namespace Distro.Debugger.Tests.Sources;

/// <summary>One request the <see cref="ConfigApiStub"/> received.</summary>
internal sealed record StubRequest(string Path, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public bool IsList => Path.EndsWith("/list-instrumentation-configurations", StringComparison.Ordinal);

    public bool IsStatusReport => Path.EndsWith("/report-instrumentation-configuration-status", StringComparison.Ordinal);

    /// <summary>The <c>InstrumentationType</c> of a list request.</summary>
    public string? Type => Field("InstrumentationType") is { } raw ? JsonSerializer.Deserialize<string>(raw) : null;

    /// <summary>A top-level field of the body as the raw JSON text sent; null when absent.</summary>
    public string? Field(string name)
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.TryGetProperty(name, out var value) ? value.GetRawText() : null;
    }

    /// <summary>The <c>LocationHash</c>es of a status report, in order.</summary>
    public IReadOnlyList<string> ReportedHashes()
    {
        using var document = JsonDocument.Parse(Body);
        return [.. document.RootElement.GetProperty("Configurations").EnumerateArray().Select(status => status.GetProperty("LocationHash").GetString()!)];
    }

    /// <summary>The <c>Status</c> reported for one configuration of a status report.</summary>
    public string StatusOf(string locationHash)
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.GetProperty("Configurations").EnumerateArray()
            .Single(status => status.GetProperty("LocationHash").GetString() == locationHash)
            .GetProperty("Status").GetString()!;
    }
}
