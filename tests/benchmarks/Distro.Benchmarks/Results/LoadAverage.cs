namespace Distro.Benchmarks.Results;

/// <summary>The machine's 1, 5 and 15 minute load averages: a busy machine makes every figure noisier.</summary>
internal static class LoadAverage
{
    public static string Read() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
