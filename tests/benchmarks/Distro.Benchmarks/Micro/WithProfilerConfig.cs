using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Distro.Benchmarks.Micro;

/// <summary>
/// Runs a class's benchmarks only in a process with the profiler: probes can be armed only there, and each class
/// carries its own un-probed baseline measured in the same process.
/// </summary>
public sealed class WithProfilerConfig : ManualConfig
{
    public WithProfilerConfig()
    {
        AddJob(ProfilerJobs.WithProfiler(Job.Default));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
