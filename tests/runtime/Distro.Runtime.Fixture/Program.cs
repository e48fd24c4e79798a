using System.Text.Json;
using Distro.Hooks.Control;
using Distro.Runtime.Fixture.Scenarios;

namespace Distro.Runtime.Fixture;

/// <summary>Runs one named scenario and prints its report as JSON: <c>Distro.Runtime.Fixture &lt;scenario&gt;</c>.</summary>
public static class Program
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static int Main(string[] args)
    {
        if (!MethodInstrumenter.IsAvailable)
        {
            Console.Error.WriteLine($"instrumentation unavailable: {MethodInstrumenter.UnavailableReason}");
            return 3;
        }

        var scenarios = ShapeScenarios.All
            .Concat(SpecialScenarios.All)
            .Concat(LineScenarios.All)
            .Concat(NullRefScenarios.All)
            .Concat(ArmingScenarios.All)
            .Concat(InliningScenarios.All)
            .ToDictionary();
        if (args.Length != 1 || !scenarios.TryGetValue(args[0], out var scenario))
        {
            Console.Error.WriteLine("usage: Distro.Runtime.Fixture <scenario>; scenarios: " + string.Join(", ", scenarios.Keys));
            return 2;
        }

        Console.WriteLine(JsonSerializer.Serialize(scenario(), s_json));
        return 0;
    }
}
