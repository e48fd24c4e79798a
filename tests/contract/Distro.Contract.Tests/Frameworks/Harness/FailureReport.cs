using System.Text;
using Distro.Contract.Mocks.Collector;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>
/// What a failing scenario's message carries besides the failure itself: the statuses reported for its
/// configurations, the snapshots received for them, the app's output and the distro's log files.
/// </summary>
internal static class FailureReport
{
    private const int BodyCharacters = 3000;
    private const int OutputLines = 60;
    private const int LogLines = 150;

    public static string Describe(FrameworkApp app, IReadOnlyCollection<string> locationHashes)
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine($"--- Statuses reported for {string.Join(", ", locationHashes)}:");
        foreach (var status in app.ConfigApi.Statuses.Where(s => s.LocationHash is { } hash && locationHashes.Contains(hash)))
        {
            text.AppendLine("  " + status);
        }

        text.AppendLine("--- Snapshots received for them:");
        foreach (var record in app.Collector.LogRecords.Where(r => Hash(r) is { } hash && locationHashes.Contains(hash)))
        {
            text.AppendLine("  " + Describe(record));
        }

        text.AppendLine($"--- The app's output (last {OutputLines} lines):").AppendLine(Tail(app.Output, OutputLines));
        text.Append(LogFiles(app.LogDirectory));
        return text.ToString();
    }

    public static string LogFiles(string directory)
    {
        var text = new StringBuilder();
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory) : [];
        text.AppendLine($"--- The distro's log files in {directory}: {files.Length}");
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            text.AppendLine($"--- {Path.GetFileName(file)} (last {LogLines} lines):");
            text.AppendLine(Tail(ReadShared(file), LogLines));
        }

        return text.ToString();
    }

    private static string Describe(ReceivedLogRecord record)
    {
        var body = record.Body ?? string.Empty;
        return $"trace {record.TraceId}, span {record.SpanId}, attributes {string.Join(", ", record.Attributes.Select(a => $"{a.Key}={a.Value}"))}, " +
            $"body {(body.Length <= BodyCharacters ? body : string.Concat(body.AsSpan(0, BodyCharacters), "…"))}";
    }

    private static string? Hash(ReceivedLogRecord record) =>
        record.Attributes.GetValueOrDefault("aws.di.location_hash") as string;

    private static string Tail(string text, int lines)
    {
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    // The app still writes its logs while a test fails.
    private static string ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (IOException e)
        {
            return $"(unreadable: {e.Message})";
        }
    }
}
