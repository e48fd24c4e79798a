using System.Globalization;
using System.Text.Json;
using Distro.Contract.Mocks.Proto.Common.V1;
using Google.Protobuf;

namespace Distro.Contract.Mocks.Collector;

/// <summary>Turns OTLP wire values into plain .NET values that tests can compare directly.</summary>
internal static class OtlpValues
{
    private const int DescribedValueLength = 120;

    /// <summary>
    /// string, bool, long, double, byte[], IReadOnlyList&lt;object?&gt; for arrays,
    /// IReadOnlyDictionary&lt;string, object?&gt; for key-value lists, null for an empty value.
    /// </summary>
    public static object? ToClr(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue,
        AnyValue.ValueOneofCase.IntValue => value.IntValue,
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue,
        AnyValue.ValueOneofCase.BytesValue => value.BytesValue.ToByteArray(),
        AnyValue.ValueOneofCase.ArrayValue => value.ArrayValue.Values.Select(ToClr).ToArray(),
        AnyValue.ValueOneofCase.KvlistValue => ToDictionary(value.KvlistValue.Values),
        _ => null,
    };

    /// <summary>Attributes by key; a repeated key keeps its last value.</summary>
    public static IReadOnlyDictionary<string, object?> ToDictionary(IEnumerable<KeyValue> attributes)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            result[attribute.Key] = ToClr(attribute.Value);
        }

        return result;
    }

    /// <summary>A string body as it is; any other body as JSON text; null when there is none.</summary>
    public static string? BodyText(AnyValue? body) => body?.ValueCase switch
    {
        null or AnyValue.ValueOneofCase.None => null,
        AnyValue.ValueOneofCase.StringValue => body.StringValue,
        _ => JsonSerializer.Serialize(ToClr(body)),
    };

    /// <summary>An id as lowercase hex; empty when absent.</summary>
    public static string Hex(ByteString id) => Convert.ToHexStringLower(id.Span);

    /// <summary>A Unix time in nanoseconds, or null for 0 (which OTLP uses for "unknown").</summary>
    public static DateTimeOffset? ToTimestamp(ulong unixNanos) => unixNanos == 0
        ? null
        : DateTimeOffset.UnixEpoch.AddTicks((long)(unixNanos / 100));

    /// <summary>A short, one-line rendering for diagnostics such as wait timeouts.</summary>
    public static string Describe(IReadOnlyDictionary<string, object?> attributes) =>
        "{" + string.Join(", ", attributes.Select(a => $"{a.Key}={Describe(a.Value)}")) + "}";

    public static string Describe(object? value)
    {
        var text = value switch
        {
            null => "null",
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => JsonSerializer.Serialize(value),
        };
        return text.Length <= DescribedValueLength ? text : string.Concat(text.AsSpan(0, DescribedValueLength), "…");
    }
}
