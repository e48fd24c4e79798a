using Distro.Benchmarks.Results;

namespace Distro.Benchmarks.Report;

/// <summary>The stored BenchmarkDotNet results, found by benchmark class, method and job.</summary>
internal sealed class MicroResults(IReadOnlyList<MicroMeasurement> measurements)
{
    public MicroMeasurement? Find(string benchmarkClass, string method, string job = ProfilerJobs.WithProfilerId) =>
        measurements.FirstOrDefault(measurement => measurement.Class == benchmarkClass && measurement.Method == method && measurement.Job == job);

    public IReadOnlyList<MicroMeasurement> All => measurements;
}
