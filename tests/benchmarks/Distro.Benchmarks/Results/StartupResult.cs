namespace Distro.Benchmarks.Results;

/// <summary>Launch-to-first-response times of each run, in milliseconds, and the machine's load average before and after.</summary>
internal sealed record StartupResult(
    IReadOnlyList<double> PlainMilliseconds,
    IReadOnlyList<double> DistroMilliseconds,
    string LoadBefore,
    string LoadAfter);
