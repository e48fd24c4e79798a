using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Distro.Debugger.Snapshots;

namespace Distro.Debugger.Export.Text;

/// <summary>
/// Turns one snapshot into a block of text for a terminal: a header line with the time and the probed method (and the
/// line, for a line probe), a line with duration, thread and trace, then the arguments, return value or throwable,
/// locals and line captures as indented trees. Blocks end with an empty line.
/// </summary>
internal static class SnapshotTextFormatter
{
    private const int SectionDepth = 1;

    public static string Format(DateTime timestamp, ActivityTraceId traceId, IReadOnlyList<KeyValuePair<string, object?>>? attributes, string? body)
    {
        var fields = attributes ?? [];
        var text = new StringBuilder();
        AppendHeader(text, timestamp, fields);
        AppendFacts(text, traceId, fields);
        AppendBody(text, body);
        return text.AppendLine().ToString();
    }

    private static void AppendHeader(StringBuilder text, DateTime timestamp, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        text.Append(timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        text.Append("  ").Append(CapturedValueText.Plain(MethodOf(attributes)));
        if (Text(attributes, SnapshotAttributes.InstrumentationLevel) == SnapshotAttributes.LineLevel)
        {
            text.Append("  at ").Append(CapturedValueText.Plain(Text(attributes, SnapshotAttributes.FilePath) ?? "?"));
            text.Append(':').Append(Text(attributes, SnapshotAttributes.LineNumber) ?? "?");
        }

        text.AppendLine();
    }

    /// <summary>Namespace, class and method, without repeating a namespace the class name already carries.</summary>
    private static string MethodOf(IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var codeUnit = Text(attributes, SnapshotAttributes.CodeUnit);
        var className = Text(attributes, SnapshotAttributes.ClassName);
        var methodName = Text(attributes, SnapshotAttributes.MethodName);
        if (codeUnit is not null && className is not null && className.StartsWith(codeUnit + ".", StringComparison.Ordinal))
        {
            codeUnit = null;
        }

        var method = string.Join('.', new[] { codeUnit, className, methodName }.Where(static part => !string.IsNullOrEmpty(part)));
        return method.Length > 0 ? method : Text(attributes, SnapshotAttributes.CodeFunctionName) ?? "(unknown method)";
    }

    private static void AppendFacts(StringBuilder text, ActivityTraceId traceId, IReadOnlyList<KeyValuePair<string, object?>> attributes)
    {
        var facts = new List<string>(3);
        if (Value(attributes, SnapshotAttributes.DurationMs) is double or long or int or float)
        {
            var duration = Convert.ToDouble(Value(attributes, SnapshotAttributes.DurationMs), CultureInfo.InvariantCulture);
            facts.Add("duration: " + duration.ToString("0.###", CultureInfo.InvariantCulture) + " ms");
        }

        if (Text(attributes, SnapshotAttributes.ThreadId) is { } threadId)
        {
            var threadName = Text(attributes, SnapshotAttributes.ThreadName);
            var thread = new StringBuilder("thread: ").Append(CapturedValueText.Plain(threadId));
            if (!string.IsNullOrEmpty(threadName))
            {
                DisplayText.AppendQuoted(thread.Append(' '), threadName, '"');
            }

            facts.Add(thread.ToString());
        }

        if (traceId != default)
        {
            facts.Add("trace: " + traceId.ToHexString());
        }

        if (facts.Count > 0)
        {
            CapturedValueText.AppendIndent(text, SectionDepth);
            text.AppendJoin("   ", facts).AppendLine();
        }
    }

    private static void AppendBody(StringBuilder text, string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            SnapshotBodyText.Append(text, document.RootElement, SectionDepth);
        }
        catch (JsonException)
        {
            CapturedValueText.AppendIndent(text, SectionDepth);
            text.Append("body (not JSON): ").Append(CapturedValueText.Plain(body)).AppendLine();
        }
    }

    private static object? Value(IReadOnlyList<KeyValuePair<string, object?>> attributes, string name)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Key == name)
            {
                return attributes[i].Value;
            }
        }

        return null;
    }

    private static string? Text(IReadOnlyList<KeyValuePair<string, object?>> attributes, string name) =>
        Value(attributes, name) switch
        {
            null => null,
            string s => s.Length > 0 ? s : null,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
}
