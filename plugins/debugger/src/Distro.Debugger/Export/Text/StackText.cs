using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Distro.Debugger.Export.Text;

/// <summary>Writes stack frames (<c>{"function","file_path","line_number"}</c>) as .NET prints them: <c>at F in file:line N</c>.</summary>
internal static class StackText
{
    public static void AppendFrames(StringBuilder text, JsonElement frames, int depth)
    {
        if (frames.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var frame in frames.EnumerateArray())
        {
            CapturedValueText.AppendIndent(text, depth);
            text.Append("at ").Append(CapturedValueText.Plain(CapturedValueText.StringProperty(frame, "function") ?? "?"));
            if (CapturedValueText.StringProperty(frame, "file_path") is { Length: > 0 } file)
            {
                text.Append(" in ").Append(CapturedValueText.Plain(file));
                if (LineOf(frame) is { } line)
                {
                    text.Append(":line ").Append(line.ToString(CultureInfo.InvariantCulture));
                }
            }

            text.AppendLine();
        }
    }

    /// <summary>Writes <c>{"type","message","stacktrace"}</c>: the exception's type and message, then its frames below.</summary>
    public static void AppendThrowable(StringBuilder text, JsonElement throwable, int depth)
    {
        CapturedValueText.AppendIndent(text, depth);
        text.Append("throwable: ").Append(CapturedValueText.Plain(CapturedValueText.StringProperty(throwable, "type") ?? "?"));
        if (CapturedValueText.StringProperty(throwable, "message") is { } message)
        {
            text.Append(": ").Append(CapturedValueText.Plain(message));
        }

        text.AppendLine();
        if (throwable.ValueKind == JsonValueKind.Object && throwable.TryGetProperty("stacktrace", out var frames))
        {
            AppendFrames(text, frames, depth + 1);
        }
    }

    private static long? LineOf(JsonElement frame) =>
        frame.TryGetProperty("line_number", out var line) && line.ValueKind == JsonValueKind.Number && line.TryGetInt64(out var number) && number > 0
            ? number
            : null;
}
