using System.Globalization;
using System.Text.Json;

namespace Distro.Debugger.Configuration;

/// <summary>
/// Reads typed values from JSON, forgiving about types: a value that can be understood (<c>"20"</c> for a number,
/// <c>"true"</c> for a boolean) is converted, anything else falls back to the default. Each conversion, fallback or
/// clamp is reported. Absent and <c>null</c> values silently take the default.
/// </summary>
internal sealed class FieldReader(DiagnosticSink sink, string? locationHash)
{
    public static bool IsAbsent(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    /// <summary>A string; a number or boolean is taken as its JSON text; an object or array gives null.</summary>
    public string? String(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                var text = value.GetRawText();
                Report(ConfigurationIssue.WrongType, path, $"expected a string, got {value.ValueKind}; using \"{text}\"");
                return text;
            case JsonValueKind.Object or JsonValueKind.Array:
                Report(ConfigurationIssue.WrongType, path, $"expected a string, got {value.ValueKind}; ignored");
                return null;
            default:
                return null;
        }
    }

    public bool Boolean(JsonElement value, string path, bool defaultValue)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String when bool.TryParse(value.GetString().AsSpan().Trim(), out var parsed):
                Report(ConfigurationIssue.WrongType, path, $"expected a boolean, got a string; using {(parsed ? "true" : "false")}");
                return parsed;
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return defaultValue;
            default:
                Report(
                    ConfigurationIssue.WrongType,
                    path,
                    $"expected a boolean, got {value.ValueKind}; using the default {(defaultValue ? "true" : "false")}");
                return defaultValue;
        }
    }

    /// <summary>A whole number clamped to <paramref name="range"/>; the range's default when absent or unusable.</summary>
    public int Integer(JsonElement value, string path, LimitRange range)
    {
        if (Number(value, path) is not { } number)
        {
            return range.Default;
        }

        if (double.IsNaN(number) || (double.IsFinite(number) && Math.Floor(number) != number))
        {
            Report(ConfigurationIssue.InvalidValue, path, $"expected a whole number, got {Format(number)}; using the default {range.Default}");
            return range.Default;
        }

        if (number < range.Min || number > range.Max)
        {
            var clamped = number < range.Min ? range.Min : range.Max;
            Report(ConfigurationIssue.ValueClamped, path, $"{Format(number)} is outside {range.Min}..{range.Max}; clamped to {clamped}");
            return clamped;
        }

        return (int)number;
    }

    /// <summary>A number, or a string holding one; null when absent or unusable. Overflowing numbers read as infinities.</summary>
    public double? Number(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                return double.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
            case JsonValueKind.String when TryParseNumber(value.GetString(), out var parsed):
                Report(ConfigurationIssue.WrongType, path, $"expected a number, got a string; using {Format(parsed)}");
                return parsed;
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return null;
            default:
                Report(ConfigurationIssue.WrongType, path, $"expected a number, got {Describe(value)}; using the default");
                return null;
        }
    }

    /// <summary>Epoch seconds or milliseconds (number or numeric string) or ISO 8601 text; null when absent or unreadable.</summary>
    public DateTimeOffset? Timestamp(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                if (value.TryGetDecimal(out var epoch) && TimestampParser.TryParseEpoch(epoch, out var fromNumber))
                {
                    return fromNumber;
                }

                Report(ConfigurationIssue.InvalidValue, path, $"{value.GetRawText()} is not a representable epoch time; ignored");
                return null;
            case JsonValueKind.String:
                if (TimestampParser.TryParse(value.GetString()!, out var fromText))
                {
                    return fromText;
                }

                Report(ConfigurationIssue.InvalidValue, path, $"\"{value.GetString()}\" is neither epoch time nor ISO 8601; ignored");
                return null;
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return null;
            default:
                Report(ConfigurationIssue.WrongType, path, $"expected a timestamp, got {value.ValueKind}; ignored");
                return null;
        }
    }

    /// <summary>
    /// Absent means none and <c>[]</c> means all. Non-string names are skipped; a list with no usable name selects
    /// none rather than all, so a garbled list never widens what is captured.
    /// </summary>
    public CaptureSelection Selection(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                return SelectionFromArray(value, path);
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return CaptureSelection.None;
            case JsonValueKind.True:
                Report(ConfigurationIssue.WrongType, path, "expected a list of names, got true; capturing all");
                return CaptureSelection.All;
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()):
                Report(ConfigurationIssue.WrongType, path, "expected a list of names, got a string; capturing that one name");
                return CaptureSelection.Named([value.GetString()!]);
            default:
                Report(ConfigurationIssue.WrongType, path, $"expected a list of names, got {Describe(value)}; capturing none");
                return CaptureSelection.None;
        }
    }

    public void Report(ConfigurationIssue issue, string path, string message) => sink.Report(issue, locationHash, path, message);

    private CaptureSelection SelectionFromArray(JsonElement array, string path)
    {
        if (array.GetArrayLength() == 0)
        {
            return CaptureSelection.All;
        }

        var names = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                names.Add(item.GetString()!);
            }
            else
            {
                Report(ConfigurationIssue.WrongType, $"{path}[{index}]", $"expected a name, got {Describe(item)}; skipped");
            }

            index++;
        }

        if (names.Count == 0)
        {
            Report(ConfigurationIssue.InvalidValue, path, "no usable name in the list; capturing none");
        }

        return CaptureSelection.Named(names);
    }

    private static bool TryParseNumber(string? text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    private static string Describe(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()) ? "an empty string" : value.ValueKind.ToString();

    private static string Format(double number) => number.ToString(CultureInfo.InvariantCulture);
}
