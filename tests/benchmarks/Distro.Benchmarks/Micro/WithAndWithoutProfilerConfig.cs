using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Distro.Benchmarks.Micro;

/// <summary>Runs a class's benchmarks twice: in a process without the profiler (the baseline) and in one with it.</summary>
public sealed class WithAndWithoutProfilerConfig : ManualConfig
{
    public WithAndWithoutProfilerConfig()
    {
        AddJob(ProfilerJobs.WithoutProfiler(Job.Default));
        AddJob(ProfilerJobs.WithProfiler(Job.Default));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
