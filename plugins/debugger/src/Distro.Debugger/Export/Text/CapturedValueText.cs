using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Distro.Debugger.Export.Text;

/// <summary>
/// Writes captured values (DESIGN.md section 3) as an indented tree, one value a line: <c>name: value (Type)</c>, with
/// strings quoted, fields and elements indented below their owner, and <c>&lt;reason&gt;</c> for values not captured.
/// </summary>
internal static class CapturedValueText
{
    private const string Indentation = "  ";
    private const string Ellipsis = "…";

    /// <summary>Writes <c>{"name": CV, ...}</c>, one line (or subtree) per name.</summary>
    public static void AppendNamedValues(StringBuilder text, JsonElement values, int depth)
    {
        foreach (var value in values.EnumerateObject())
        {
            AppendValue(text, Plain(value.Name), value.Value, depth);
        }
    }

    public static void AppendIndent(StringBuilder text, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            text.Append(Indentation);
        }
    }

    /// <summary>Writes one captured value under <paramref name="label"/>, which must already be safe to display.</summary>
    public static void AppendValue(StringBuilder text, string label, JsonElement value, int depth)
    {
        AppendIndent(text, depth);
        text.Append(label).Append(':');
        if (value.ValueKind != JsonValueKind.Object)
        {
            text.Append(" <unreadable>").AppendLine();
            return;
        }

        var type = Plain(StringProperty(value, "type") ?? "?");
        if (ScalarText(value, type) is { } scalar)
        {
            text.Append(' ').Append(scalar.Text).Append(" (").Append(type).Append(scalar.Detail).Append(')').AppendLine();
        }
        else if (value.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            text.Append(" (").Append(type).Append(')').AppendLine();
            var count = 0;
            foreach (var field in fields.EnumerateObject())
            {
                AppendValue(text, Plain(field.Name), field.Value, depth + 1);
                count++;
            }

            AppendRest(text, value, count, "fields", depth + 1);
        }
        else if (value.TryGetProperty("elements", out var elements) && elements.ValueKind == JsonValueKind.Array)
        {
            AppendCollectionHeader(text, value, type, elements.GetArrayLength(), "item", "items");
            var index = 0;
            foreach (var element in elements.EnumerateArray())
            {
                AppendValue(text, Invariant($"[{index++}]"), element, depth + 1);
            }

            AppendRest(text, value, index, "", depth + 1);
        }
        else if (value.TryGetProperty("entries", out var entries) && entries.ValueKind == JsonValueKind.Array)
        {
            AppendCollectionHeader(text, value, type, entries.GetArrayLength(), "entry", "entries");
            var index = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                AppendEntry(text, entry, index++, depth + 1);
            }

            AppendRest(text, value, index, "", depth + 1);
        }
        else
        {
            text.Append(" (").Append(type).Append(')').AppendLine();
        }
    }

    /// <summary>A scalar key is written inline as <c>[key]</c>; any other key gets its own subtree.</summary>
    private static void AppendEntry(StringBuilder text, JsonElement entry, int index, int depth)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("key", out var key) || !entry.TryGetProperty("value", out var value))
        {
            AppendIndent(text, depth);
            text.Append(Invariant($"[{index}]: <unreadable>")).AppendLine();
            return;
        }

        if (key.ValueKind == JsonValueKind.Object && ScalarText(key, Plain(StringProperty(key, "type") ?? "?")) is { } scalar)
        {
            AppendValue(text, "[" + scalar.Text + "]", value, depth);
            return;
        }

        AppendIndent(text, depth);
        text.Append(Invariant($"[{index}]:")).AppendLine();
        AppendValue(text, "key", key, depth + 1);
        AppendValue(text, "value", value, depth + 1);
    }

    private static void AppendCollectionHeader(StringBuilder text, JsonElement value, string type, int written, string one, string many)
    {
        var size = SizeOf(value) ?? written;
        text.Append(" (").Append(type).Append(Invariant($", {size} ")).Append(size == 1 ? one : many).Append(')').AppendLine();
    }

    /// <summary>Says how many fields or elements the limits left out.</summary>
    private static void AppendRest(StringBuilder text, JsonElement value, int written, string noun, int depth)
    {
        if (!IsTruncated(value))
        {
            return;
        }

        AppendIndent(text, depth);
        text.Append(Ellipsis);
        if (SizeOf(value) is { } size && size > written)
        {
            text.Append(Invariant($" {size - written} more"));
            if (noun.Length > 0)
            {
                text.Append(' ').Append(noun);
            }
        }

        text.AppendLine();
    }

    private static (string Text, string Detail)? ScalarText(JsonElement value, string type)
    {
        if (StringProperty(value, "not_captured_reason") is { } reason)
        {
            var error = reason == "error" ? StringProperty(value, "error") : null;
            return ("<" + Plain(reason) + (error is null ? "" : ": " + Plain(error)) + ">", "");
        }

        if (value.TryGetProperty("is_null", out var isNull) && isNull.ValueKind == JsonValueKind.True)
        {
            return ("null", "");
        }

        if (StringProperty(value, "value") is not { } text)
        {
            return null;
        }

        var display = new StringBuilder();
        switch (type)
        {
            case "System.String":
                DisplayText.AppendQuoted(display, text, '"');
                break;
            case "System.Char":
                DisplayText.AppendQuoted(display, text, '\'');
                break;
            default:
                DisplayText.AppendPlain(display, text);
                break;
        }

        if (!IsTruncated(value))
        {
            return (display.ToString(), "");
        }

        display.Append(Ellipsis);
        return (display.ToString(), SizeOf(value) is { } size ? Invariant($", {size} chars") : "");
    }

    private static bool IsTruncated(JsonElement value) =>
        value.TryGetProperty("truncated", out var truncated) && truncated.ValueKind == JsonValueKind.True;

    private static long? SizeOf(JsonElement value) =>
        value.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number && size.TryGetInt64(out var count) ? count : null;

    public static string? StringProperty(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;

    public static string Plain(string value)
    {
        var text = new StringBuilder(value.Length);
        DisplayText.AppendPlain(text, value);
        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
