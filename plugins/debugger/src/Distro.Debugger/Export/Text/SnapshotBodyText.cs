using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Distro.Debugger.Export.Text;

/// <summary>
/// Writes the sections of a snapshot body in the order a reader asks about a call: arguments on entry, return value
/// or throwable, locals at return, locals at each captured line, then the stack.
/// </summary>
internal static class SnapshotBodyText
{
    public static void Append(StringBuilder text, JsonElement body, int depth)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (body.TryGetProperty("captures", out var captures) && captures.ValueKind == JsonValueKind.Object)
        {
            if (captures.TryGetProperty("entry", out var entry) && entry.ValueKind == JsonValueKind.Object)
            {
                AppendNamedValues(text, "arguments", entry, "arguments", depth);
            }

            if (captures.TryGetProperty("return", out var exit) && exit.ValueKind == JsonValueKind.Object)
            {
                AppendReturn(text, exit, depth);
            }

            if (captures.TryGetProperty("lines", out var lines) && lines.ValueKind == JsonValueKind.Object)
            {
                AppendLines(text, lines, depth);
            }
        }

        if (body.TryGetProperty("stack", out var stack) && stack.ValueKind == JsonValueKind.Array && stack.GetArrayLength() > 0)
        {
            CapturedValueText.AppendIndent(text, depth);
            text.Append("stack:").AppendLine();
            StackText.AppendFrames(text, stack, depth + 1);
        }
    }

    private static void AppendReturn(StringBuilder text, JsonElement exit, int depth)
    {
        if (exit.TryGetProperty("return_value", out var returnValue))
        {
            CapturedValueText.AppendValue(text, "return", returnValue, depth);
        }

        if (exit.TryGetProperty("throwable", out var throwable) && throwable.ValueKind == JsonValueKind.Object)
        {
            StackText.AppendThrowable(text, throwable, depth);
        }

        AppendNamedValues(text, "locals", exit, "locals", depth);
    }

    /// <summary>Line captures in line order: <c>line 42:</c> with that line's arguments and locals below it.</summary>
    private static void AppendLines(StringBuilder text, JsonElement lines, int depth)
    {
        var ordered = lines.EnumerateObject()
            .Select(static line => (Number: long.TryParse(line.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue, Line: line))
            .OrderBy(static line => line.Number)
            .ThenBy(static line => line.Line.Name, StringComparer.Ordinal);
        foreach (var (_, line) in ordered)
        {
            CapturedValueText.AppendIndent(text, depth);
            text.Append("line ").Append(CapturedValueText.Plain(line.Name)).Append(':').AppendLine();
            AppendNamedValues(text, "arguments", line.Value, "arguments", depth + 1);
            AppendNamedValues(text, "locals", line.Value, "locals", depth + 1);
        }
    }

    /// <summary>Writes <c>title:</c> and the named values below it, or <c>title: none</c> when the set is empty.</summary>
    private static void AppendNamedValues(StringBuilder text, string title, JsonElement owner, string property, int depth)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(property, out var values) || values.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        CapturedValueText.AppendIndent(text, depth);
        text.Append(title).Append(':');
        if (!values.EnumerateObject().Any())
        {
            text.Append(" none").AppendLine();
            return;
        }

        text.AppendLine();
        CapturedValueText.AppendNamedValues(text, values, depth + 1);
    }
}
