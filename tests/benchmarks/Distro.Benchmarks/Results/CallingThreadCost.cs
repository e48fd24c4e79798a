namespace Distro.Benchmarks.Results;

/// <summary>
/// What one operation cost the thread that ran it, as the median of several rounds: CPU time by the scheduler's account,
/// and bytes allocated by that thread alone (other threads of the process, such as the export thread, excluded).
/// </summary>
internal sealed record CallingThreadCost(double CpuNanoseconds, double AllocatedBytes, int OperationsPerRound, int Rounds);
