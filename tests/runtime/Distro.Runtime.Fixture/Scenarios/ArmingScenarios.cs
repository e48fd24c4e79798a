using System.Globalization;
using Distro.Hooks;
using Distro.Hooks.Control;
using Distro.Runtime.Fixture.Recording;
using Distro.Runtime.Fixture.Shapes;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>
/// Arming at the edges of the instrumentation API: by module and token, with a full probe registry, and a method whose
/// rewrite the runtime rejects.
/// </summary>
public static class ArmingScenarios
{
    public static IReadOnlyDictionary<string, Func<ScenarioReport>> All { get; } = new Dictionary<string, Func<ScenarioReport>>
    {
        ["module-and-token"] = ModuleAndToken,
        ["probe-limit"] = ProbeLimit,
        ["runtime-rejects"] = RuntimeRejects,
    };

    /// <summary>
    /// Arms a method of a module the runtime will not recompile (edit and continue is on for it): the request fails
    /// with the runtime's reason, and the method keeps running its original code.
    /// </summary>
    private static ScenarioReport RuntimeRejects()
    {
        var method = EditAndContinueAssembly.Load().GetMethod("Increment")!;
        var probe = new RecordingProbe();
        using var instrumented = MethodInstrumenter.Instrument(method, probe);
        var status = instrumented.WaitForStatus(ScenarioRunner.StatusTimeout).ToString();
        var call = ScenarioRunner.Invoke("call", () => method.Invoke(null, [41]), probe);
        return new ScenarioReport("runtime-rejects", [new PhaseReport("armed", status, [call])], new Dictionary<string, string>());
    }

    /// <summary>Arms a method named by its module's MVID and its metadata token, then names a module and tokens that do not exist.</summary>
    private static ScenarioReport ModuleAndToken()
    {
        var method = typeof(StaticShapes).GetMethod(nameof(StaticShapes.Add))!;
        var moduleVersionId = method.Module.ModuleVersionId;
        var probe = new RecordingProbe();
        var instrumented = MethodInstrumenter.Instrument(moduleVersionId, method.MetadataToken, probe);
        instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
        var call = ScenarioRunner.Invoke("call", () => StaticShapes.Add(2, 3), probe);
        var armed = new PhaseReport("armed", instrumented.Status.ToString(), [call]);
        var armedMethod = instrumented.Method?.Name ?? "null";
        instrumented.Dispose();
        var disarmed = new PhaseReport("disarmed", instrumented.WaitForStatus(ScenarioRunner.StatusTimeout).ToString(), [ScenarioRunner.Invoke("call", () => StaticShapes.Add(2, 3), probe)]);

        var facts = new Dictionary<string, string> { ["armed-method"] = armedMethod };
        foreach (var (name, module, token) in new[]
        {
            ("unknown-module", Guid.NewGuid(), method.MetadataToken),
            ("unknown-token", moduleVersionId, 0x06FFFFFF),
            ("type-token", moduleVersionId, typeof(StaticShapes).MetadataToken),
        })
        {
            using var refused = MethodInstrumenter.Instrument(module, token, probe);
            facts[name] = refused.WaitForStatus(ScenarioRunner.StatusTimeout).ToString();
            facts[$"{name}-method"] = refused.Method?.Name ?? "null";
        }

        return new ScenarioReport("module-and-token", [armed, disarmed], facts);
    }

    /// <summary>
    /// With every probe id in use, arming a method and updating an armed one are refused with a clear status, the probe
    /// armed before keeps firing, and arming works again once ids are free.
    /// </summary>
    private static ScenarioReport ProbeLimit()
    {
        var armedProbe = new RecordingProbe();
        using var armed = MethodInstrumenter.Instrument(typeof(StaticShapes).GetMethod(nameof(StaticShapes.Negate))!, armedProbe);
        armed.WaitForStatus(ScenarioRunner.StatusTimeout);

        var filler = new RecordingProbe { Capturing = false };
        var fillers = new List<int>();
        for (var id = ProbeRegistry.Register(filler); id != 0; id = ProbeRegistry.Register(filler))
        {
            fillers.Add(id);
        }

        var refusedProbe = new RecordingProbe();
        using var refused = MethodInstrumenter.Instrument(typeof(Cold).GetMethod(nameof(Cold.Square))!, refusedProbe);
        armed.Update(MethodInstrumentation.ForMethod(new RecordingProbe()));
        var facts = new Dictionary<string, string>
        {
            ["registered-while-full"] = (fillers.Count + 1).ToString(CultureInfo.InvariantCulture),
            ["refused"] = refused.WaitForStatus(ScenarioRunner.StatusTimeout).ToString(),
            ["update-refused"] = armed.WaitForStatus(ScenarioRunner.StatusTimeout).ToString(),
            ["refused-method-events"] = Invoke(() => Cold.Square(3), refusedProbe).ToString(CultureInfo.InvariantCulture),
            ["armed-method-events"] = Invoke(() => StaticShapes.Negate(3), armedProbe).ToString(CultureInfo.InvariantCulture),
        };

        fillers.ForEach(ProbeRegistry.Unregister);
        var laterProbe = new RecordingProbe();
        using var later = MethodInstrumenter.Instrument(typeof(StaticShapes).GetMethod(nameof(StaticShapes.Add))!, laterProbe);
        later.WaitForStatus(ScenarioRunner.StatusTimeout);
        facts["after-freeing-events"] = Invoke(() => StaticShapes.Add(1, 2), laterProbe).ToString(CultureInfo.InvariantCulture);
        facts["after-freeing"] = later.Status.ToString();
        return new ScenarioReport("probe-limit", [], facts);
    }

    private static int Invoke(Func<object?> call, RecordingProbe probe) => ScenarioRunner.Invoke("call", call, probe).Events.Count;
}
