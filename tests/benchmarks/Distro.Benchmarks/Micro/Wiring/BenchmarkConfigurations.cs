using System.Reflection;
using Distro.Debugger.Configuration;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>Probe configurations as the probe file or the config API would deliver them, with the default limits.</summary>
internal static class BenchmarkConfigurations
{
    private static readonly DateTimeOffset s_createdAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A PROBE on <paramref name="method"/> that captures every argument and the return value.</summary>
    public static InstrumentationConfiguration MethodProbe(MethodBase method) => new(
        InstrumentationType.Probe,
        SignalType.Snapshot,
        $"bench-{method.Name}",
        s_createdAt,
        null,
        new CodeLocation("Dotnet", method.DeclaringType?.Namespace ?? string.Empty, method.DeclaringType?.Name ?? string.Empty, method.Name, string.Empty, 0),
        new CodeCapture(CaptureSelection.All, CaptureSelection.None, CaptureReturn: true, CaptureStackTrace: false, CodeCaptureLimits.ProbeDefaults));

    /// <summary>A line BREAKPOINT at <paramref name="fileName"/>:<paramref name="line"/> that captures arguments and locals.</summary>
    public static InstrumentationConfiguration LineProbe(string fileName, int line) => new(
        InstrumentationType.Breakpoint,
        SignalType.Snapshot,
        $"bench-{fileName}:{line}",
        s_createdAt,
        null,
        new CodeLocation("Dotnet", string.Empty, string.Empty, string.Empty, fileName, line),
        new CodeCapture(CaptureSelection.All, CaptureSelection.All, CaptureReturn: false, CaptureStackTrace: false, CodeCaptureLimits.BreakpointDefaults));
}
