using Distro.Runtime.Fixture.Recording;

namespace Distro.Runtime.Fixture.Scenarios;

public sealed record ScenarioReport(string Name, IReadOnlyList<PhaseReport> Phases, IReadOnlyDictionary<string, string> Facts);

/// <summary>One phase of a scenario: "original" (never instrumented), "armed", "disarmed".</summary>
public sealed record PhaseReport(string Phase, string Status, IReadOnlyList<CallReport> Calls);

public sealed record CallReport(
    string Label,
    string? Result,
    string? ExceptionType,
    string? ExceptionMessage,
    IReadOnlyList<string> StackLines,
    IReadOnlyList<RecordedEvent> Events);
