using BenchmarkDotNet.Jobs;

namespace Distro.Benchmarks;

/// <summary>The same benchmarks in a process without the profiler (the baseline) and in one started with it.</summary>
internal static class ProfilerJobs
{
    public const string ProfilerClassId = "{d4511892-b83d-4dbb-a725-f93b4642d20c}";
    public const string WithProfilerId = "with-profiler";
    public const string WithoutProfilerId = "without-profiler";

    /// <summary>Where instrument.sh looks for the built distro first; the benchmarks honour it too.</summary>
    private const string DistroHomeVariable = "OTEL_DOTNET_DISTRO_HOME";

    public static Job WithoutProfiler(Job template) => template.WithId(WithoutProfilerId).AsBaseline();

    public static Job WithProfiler(Job template) =>
        template.WithId(WithProfilerId).WithEnvironmentVariables(
            [.. Variables().Select(variable => new EnvironmentVariable(variable.Key, variable.Value))]);

    /// <summary>The variables that attach the distro's profiler to a .NET process (without its startup hook).</summary>
    public static IReadOnlyDictionary<string, string> Variables() => new Dictionary<string, string>
    {
        ["CORECLR_ENABLE_PROFILING"] = "1",
        ["CORECLR_PROFILER"] = ProfilerClassId,
        ["CORECLR_PROFILER_PATH"] = ProfilerPath(),
    };

    private static string ProfilerPath()
    {
        var relative = Path.Combine("linux-x64", "Distro.Profiler.so");
        if (Environment.GetEnvironmentVariable(DistroHomeVariable) is { Length: > 0 } home && File.Exists(Path.Combine(home, relative)))
        {
            return Path.GetFullPath(Path.Combine(home, relative));
        }

        // The repository's artifacts/distro, found from where the benchmarks run or from where they were built.
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "artifacts", "distro", relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"The profiler is not built; run ./build.sh first (or set {DistroHomeVariable}).");
    }
}
