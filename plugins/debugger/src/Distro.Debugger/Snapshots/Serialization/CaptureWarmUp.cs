using System.Text.Json;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Snapshots.Serialization.Redaction;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// Captures a sample of every kind of value once, before the process's first probe is armed. Until the capture code
/// has run once, the first snapshot of the process compiles it, and on a busy machine that alone can use up the
/// snapshot's time budget, so that its values are lost as <c>timeout</c>. Not done when the debugger starts: it costs
/// a cold process about a tenth of a second of CPU, which would compete with the application's own start.
/// </summary>
internal static class CaptureWarmUp
{
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(30);
    private static int s_started;

    /// <summary>Runs the warm-up on the calling thread the first time it is called in the process; later calls return at once.</summary>
    public static void EnsureDone()
    {
        if (Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return;
        }

        try
        {
            using var writer = new Utf8JsonWriter(Stream.Null);
            WriteSample(writer);
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.DebuggerFailed("warming up capture", e.ToString());
        }
    }

    /// <summary>Captures the sample, and a value whose name is redacted, as a snapshot captures arguments.</summary>
    public static void WriteSample(Utf8JsonWriter writer)
    {
        var serializer = new ValueSerializer(CaptureLimits.Default, RedactionPolicy.Default);
        serializer.WriteNamedValues(
            writer,
            [new NamedValue("sample", new Sample(), typeof(Sample)), new NamedValue("password", "secret", typeof(string))],
            CaptureBudget.Start(s_budget));
        writer.Flush();
    }

    /// <summary>A value of each shape the serializer writes, in no more fields than an object keeps by default.</summary>
    private sealed record Sample
    {
        public string Text { get; init; } = "text";

        public int Number { get; init; } = 1;

        public double Ratio { get; init; } = 0.5;

        public decimal Amount { get; init; } = 1.5m;

        public bool Flag { get; init; } = true;

        public DateTime When { get; init; } = DateTime.UnixEpoch;

        public Guid Id { get; init; } = Guid.Empty;

        public DayOfWeek Day { get; init; } = DayOfWeek.Monday;

        public int? Maybe { get; init; } = 3;

        public int? Nothing { get; init; }

        public object Boxed { get; init; } = 4;

        public int[] Numbers { get; init; } = [1, 2];

        public string[] Words { get; init; } = ["a", "b"];

        public List<int> Counts { get; init; } = [1, 2];

        public List<string> Names { get; init; } = ["a", "b"];

        public Dictionary<string, int> ByName { get; init; } = new() { ["a"] = 1 };

        public Dictionary<string, string> Labels { get; init; } = new() { ["a"] = "b" };

        public (string Key, int Value) Pair { get; init; } = ("a", 1);

        public Sample? Next { get; init; }

        public Exception Error { get; init; } = new InvalidOperationException("sample");
    }
}
