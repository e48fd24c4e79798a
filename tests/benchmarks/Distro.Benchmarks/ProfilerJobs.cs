using BenchmarkDotNet.Jobs;

namespace Distro.Benchmarks;

/// <summary>The same benchmarks in a process without the profiler (the baseline) and in one started with it.</summary>
internal static class ProfilerJobs
{
    public const string ProfilerClassId = "{d4511892-b83d-4dbb-a725-f93b4642d20c}";

    public static Job WithoutProfiler(Job template) => template.WithId("without-profiler").AsBaseline();

    public static Job WithProfiler(Job template) =>
        template.WithId("with-profiler").WithEnvironmentVariables(
            new EnvironmentVariable("CORECLR_ENABLE_PROFILING", "1"),
            new EnvironmentVariable("CORECLR_PROFILER", ProfilerClassId),
            new EnvironmentVariable("CORECLR_PROFILER_PATH", ProfilerPath));

    private static string ProfilerPath
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "artifacts", "distro", "linux-x64", "Distro.Profiler.so");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("The profiler is not built; run ./build.sh first.");
        }
    }
}
