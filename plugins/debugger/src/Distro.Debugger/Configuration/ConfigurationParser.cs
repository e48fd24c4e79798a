using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Configuration;

/// <summary>
/// Parses a config API response (<c>{"Changed","SyncedAt","SyncInterval"?,"NextToken"?,"LatestConfigurations"}</c>)
/// or a local probe file of the same shape where only <c>LatestConfigurations</c> is needed. Never throws on bad
/// input: a response that cannot be used at all becomes a failed result, a bad configuration is listed as invalid,
/// a bad field is defaulted or clamped; each with a diagnostic.
/// </summary>
internal sealed class ConfigurationParser
{
    public const long DefaultMaxResponseBytes = 10 * 1024 * 1024;

    /// <summary>The API may slow polling down to once a day, never speed it up beyond once a second.</summary>
    public static readonly TimeSpan MinSyncInterval = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaxSyncInterval = TimeSpan.FromDays(1);

    private const int ReadChunkBytes = 81_920;

    private static readonly string[] s_responseFields = ["Changed", "SyncedAt", "SyncInterval", "NextToken", "LatestConfigurations"];

    private static readonly JsonDocumentOptions s_documentOptions = new()
    {
        // Probe files are written by hand: tolerate what people write in JSON files.
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public ConfigurationParser(long maxResponseBytes = DefaultMaxResponseBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResponseBytes);
        MaxResponseBytes = maxResponseBytes;
    }

    public long MaxResponseBytes { get; }

    public ConfigurationParseResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Length > MaxResponseBytes)
        {
            return Fail(TooLarge());
        }

        try
        {
            using var document = JsonDocument.Parse(utf8Json, s_documentOptions);
            return ParseRoot(document.RootElement);
        }
        catch (JsonException e)
        {
            return Fail($"malformed JSON: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            // Text that is valid JSON but not valid UTF-8 fails only when a string is read.
            return Fail($"unreadable text in the JSON: {e.Message}");
        }
    }

    /// <summary>
    /// Reads at most <see cref="MaxResponseBytes"/> + 1 bytes, so an oversized response is refused without being
    /// read whole. Cancellation propagates; a failing stream becomes a failed result.
    /// </summary>
    public async Task<ConfigurationParseResult> ParseAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        try
        {
            if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > MaxResponseBytes)
            {
                return Fail(TooLarge());
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[ReadChunkBytes];
            int read;
            while ((read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxResponseBytes)
                {
                    return Fail(TooLarge());
                }
            }

            return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (IOException e)
        {
            return Fail($"reading the response failed: {e.Message}");
        }
    }

    private static ConfigurationParseResult ParseRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail($"the root is {root.ValueKind}, expected an object");
        }

        var fields = JsonFields.Read(root, s_responseFields);
        var list = fields["LatestConfigurations"];
        if (!FieldReader.IsAbsent(list) && list.ValueKind != JsonValueKind.Array)
        {
            // Taking this as an empty full set would remove every probe.
            return Fail($"LatestConfigurations is {list.ValueKind}, expected an array");
        }

        var sink = new DiagnosticSink();
        var reader = new FieldReader(sink, null);
        var (configurations, invalid) = ReadConfigurations(list, sink);
        var result = new ConfigurationParseResult
        {
            Changed = ReadChanged(reader, fields["Changed"], hasList: list.ValueKind == JsonValueKind.Array),
            SyncedAt = fields["SyncedAt"].ValueKind == JsonValueKind.Undefined ? null : new SyncCursor(fields["SyncedAt"].GetRawText()),
            SyncInterval = ReadSyncInterval(reader, fields["SyncInterval"]),
            NextToken = ReadNextToken(reader, fields["NextToken"]),
            Configurations = configurations,
            Invalid = invalid,
            Diagnostics = sink.ToImmutable(),
        };
        DebuggerEventSource.Log.ConfigurationsParsed(result.Configurations.Length, result.Invalid.Length, result.Diagnostics.Length);
        return result;
    }

    private static (ImmutableArray<InstrumentationConfiguration> Valid, ImmutableArray<InvalidConfiguration> Invalid) ReadConfigurations(
        JsonElement list,
        DiagnosticSink sink)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            return ([], []);
        }

        var reader = new ConfigurationReader(sink);
        var kept = new DuplicateResolver(sink);
        var invalid = ImmutableArray.CreateBuilder<InvalidConfiguration>();
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            var path = $"LatestConfigurations[{index++}]";
            if (reader.TryRead(element, path, out var configuration, out var dropped))
            {
                kept.Add(configuration, path);
            }
            else
            {
                invalid.Add(dropped);
            }
        }

        return (kept.ToImmutable(), invalid.ToImmutable());
    }

    /// <summary>Without a usable <c>Changed</c> (as in a probe file), a present list is the full current set.</summary>
    private static bool ReadChanged(FieldReader reader, JsonElement value, bool hasList) =>
        reader.Boolean(value, "Changed", defaultValue: hasList);

    private static TimeSpan? ReadSyncInterval(FieldReader reader, JsonElement value)
    {
        if (reader.Number(value, "SyncInterval") is not { } seconds)
        {
            return null;
        }

        if (double.IsNaN(seconds))
        {
            reader.Report(ConfigurationIssue.InvalidValue, "SyncInterval", "NaN is not an interval; ignored");
            return null;
        }

        var clamped = Math.Clamp(seconds, MinSyncInterval.TotalSeconds, MaxSyncInterval.TotalSeconds);
        if (clamped != seconds)
        {
            reader.Report(
                ConfigurationIssue.ValueClamped,
                "SyncInterval",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{seconds} s is outside {MinSyncInterval.TotalSeconds}..{MaxSyncInterval.TotalSeconds} s; clamped to {clamped} s"));
        }

        return TimeSpan.FromSeconds(clamped);
    }

    /// <summary>An empty token means there is no next page, like an absent one.</summary>
    private static string? ReadNextToken(FieldReader reader, JsonElement value) =>
        reader.String(value, "NextToken") is { Length: > 0 } token ? token : null;

    private string TooLarge() =>
        string.Create(CultureInfo.InvariantCulture, $"the response exceeds the limit of {MaxResponseBytes} bytes");

    private static ConfigurationParseResult Fail(string reason)
    {
        DebuggerEventSource.Log.ConfigurationRejected(reason);
        return ConfigurationParseResult.Failure(reason);
    }
}
