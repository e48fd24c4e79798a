namespace Distro.Benchmarks.Results;

/// <summary>One BenchmarkDotNet result: a benchmark method in one job, per operation.</summary>
internal sealed record MicroMeasurement(
    string Class,
    string Method,
    string Job,
    double MeanNanoseconds,
    double MedianNanoseconds,
    double StandardErrorNanoseconds,
    long? AllocatedBytes);
