namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>
/// A method that takes a long string and a long list of the integers 0, 1, 2, ..., and the request that sends them.
/// </summary>
public sealed record CaptureLimitCase(
    ProbeLocation Location,
    Func<TraceParent, Task<string>> Call,
    string StringArgument,
    string SentString,
    string ListArgument,
    int SentCount);
