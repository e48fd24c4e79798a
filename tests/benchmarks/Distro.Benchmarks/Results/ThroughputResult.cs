namespace Distro.Benchmarks.Results;

/// <summary>The throughput runs: how they were made, each variant's runs, and the machine's load average before and after.</summary>
internal sealed record ThroughputResult(ThroughputSettings Settings, IReadOnlyList<VariantThroughput> Variants, string LoadBefore, string LoadAfter);

/// <summary>wrk's threads and connections, each run's length, the rounds, and the CPUs the service and wrk were pinned to.</summary>
internal sealed record ThroughputSettings(int Threads, int Connections, double DurationSeconds, int Rounds, string ServiceCpus, string LoadCpus);

/// <summary>
/// One variant's measured runs: requests per second and snapshots printed during each run, failed responses and socket
/// errors over all runs, how long it was warmed up, and its resident set size after its last run.
/// </summary>
internal sealed record VariantThroughput(
    string Variant,
    double WarmUpSeconds,
    IReadOnlyList<double> RequestsPerSecond,
    IReadOnlyList<long> SnapshotsPerRun,
    long FailedResponses,
    long SocketErrors,
    long ResidentSetBytes);
