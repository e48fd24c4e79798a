namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>Scenarios that are not one method's three phases: refusals, gates, failing probes, stress.</summary>
public static class SpecialScenarios
{
    public static IReadOnlyDictionary<string, Func<ScenarioReport>> All { get; } = new Dictionary<string, Func<ScenarioReport>>();
}
