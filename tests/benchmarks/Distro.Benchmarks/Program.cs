using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Distro.Benchmarks;

/// <summary><c>dotnet run -c Release --project tests/benchmarks/Distro.Benchmarks -- --filter '*'</c></summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(ProfilerJobs.WithoutProfiler(Job.Default))
            .AddJob(ProfilerJobs.WithProfiler(Job.Default));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
