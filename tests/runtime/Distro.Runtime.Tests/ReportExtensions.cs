using Distro.Runtime.Fixture.Recording;
using Distro.Runtime.Fixture.Scenarios;

namespace Distro.Runtime.Tests;

internal static class ReportExtensions
{
    public static PhaseReport Phase(this ScenarioReport report, string phase) =>
        report.Phases.SingleOrDefault(candidate => candidate.Phase == phase)
        ?? throw new InvalidOperationException($"scenario {report.Name} has no phase {phase}");

    public static CallReport Call(this PhaseReport phase, string label) =>
        phase.Calls.SingleOrDefault(candidate => candidate.Label == label)
        ?? throw new InvalidOperationException($"phase {phase.Phase} has no call {label}");

    public static CallReport Armed(this ScenarioReport report, string label = "call") => report.Phase("armed").Call(label);

    public static RecordedEvent Single(this CallReport call, string kind) => Assert.Single(call.Events, recorded => recorded.Kind == kind);
}
