namespace Distro.Benchmarks.Results;

/// <summary>The names the measurements store their results under.</summary>
internal static class ResultNames
{
    public const string Micro = "micro";
    public const string CaptureExport = "capture-export";
    public const string CaptureCallingThread = "capture-calling-thread";
    public const string Arming = "arming";
    public const string Startup = "startup";
    public const string Throughput = "throughput";
}
