using System.Reflection;
using Distro.Runtime.Fixture.Shapes;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>Probes reading byrefs that are null: a ref local not pointing anywhere yet, a ref return of Unsafe.NullRef.</summary>
public static class NullRefScenarios
{
    public static IReadOnlyDictionary<string, Func<ScenarioReport>> All { get; } = new Dictionary<string, Func<ScenarioReport>>
    {
        ["null-ref-local"] = () => LineScenarios.Run(
            "null-ref-local",
            PdbLines.Find(typeof(NullRefShapes), "NullRefShapes.cs", 20),
            ("found", () => NullRefShapes.LastMatch([4, 5], 5)),
            ("missing", () => NullRefShapes.LastMatch([4, 5], 7))),
        ["null-ref-return"] = () => ScenarioRunner.Run(
            "null-ref-return",
            typeof(NullRefShapes).GetMethod(nameof(NullRefShapes.FindOrNullRef), BindingFlags.Public | BindingFlags.Static)!,
            ("found", () => NullRefShapes.Describe([3, 4], 4)),
            ("missing", () => NullRefShapes.Describe([3, 4], 7))),
    };
}
