using System.Globalization;
using Distro.Hooks;
using Distro.Hooks.Control;
using Distro.Runtime.Fixture.Recording;
using Distro.Runtime.Fixture.Shapes;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>Arming at the edges of the instrumentation API: a full probe registry.</summary>
public static class ArmingScenarios
{
    public static IReadOnlyDictionary<string, Func<ScenarioReport>> All { get; } = new Dictionary<string, Func<ScenarioReport>>
    {
        ["probe-limit"] = ProbeLimit,
    };

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
