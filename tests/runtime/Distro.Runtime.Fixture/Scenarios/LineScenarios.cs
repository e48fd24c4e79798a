using Distro.Hooks.Control;
using Distro.Runtime.Fixture.Recording;
using Distro.Runtime.Fixture.Shapes;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>Line probes in every kind of method: each scenario names a line of LineShapes.cs and the calls that reach it.</summary>
public static class LineScenarios
{
    /// <summary>Created before any instrumentation, as a framework keeps a handler.</summary>
    private static readonly Func<int, int> s_adder = LineShapes.MakeAdder(5);

    public static IReadOnlyDictionary<string, Func<ScenarioReport>> All { get; } = new Dictionary<string, Func<ScenarioReport>>
    {
        ["line-loop"] = () => Run("line-loop", 11, ("call", () => LineShapes.SumLoop(3))),
        ["line-try-first"] = () => Run("line-try-first", 22, ("call", () => LineShapes.Guarded("x"))),
        ["line-catch"] = () => Run("line-catch", 32, ("call", () => LineShapes.Guarded(string.Empty))),
        ["line-finally"] = () => Run("line-finally", 37, ("returns", () => LineShapes.Guarded("x")), ("throws", () => LineShapes.Guarded(string.Empty))),
        ["line-foreach"] = () => Run("line-foreach", 46, ("call", () => LineShapes.ForeachList([1, 2, 3]))),
        ["line-switch"] = () => Run("line-switch", 54, ("call", () => LineShapes.Classify(-5))),
        ["line-using"] = () => Run("line-using", 67, ("call", () => LineShapes.UsingBlock("ab\ncd"))),
        ["line-after-await"] = () => Run("line-after-await", 74, ("call", () => LineShapes.AfterAwaitAsync(5).GetAwaiter().GetResult())),
        ["line-after-yield"] = () => Run("line-after-yield", 83, ("call", () => string.Join(',', LineShapes.Countdown(3)))),
        ["line-lambda"] = () => Run("line-lambda", 93, ("call", () => s_adder(4))),
        ["line-local-function"] = () => Run("line-local-function", 105, ("call", () => LineShapes.WithLocalFunction(4))),
        ["line-span-local"] = () => Run("line-span-local", 117, ("call", () => LineShapes.SpanLocal(2))),
        ["line-and-method"] = LineAndMethod,
    };

    private static ScenarioReport Run(string name, int line, params (string Label, Func<object?> Call)[] calls) =>
        Run(name, PdbLines.Find(typeof(LineShapes), "LineShapes.cs", line), calls);

    /// <summary>Runs the calls before, with and after a line probe at the target that records every local in scope there.</summary>
    public static ScenarioReport Run(string name, LineTarget target, params (string Label, Func<object?> Call)[] calls)
    {
        var probe = new LineRecordingProbe([.. target.Locals.Select(local => local.Name)]);
        var phases = new List<PhaseReport> { RunPhase("original", "none", probe, calls) };

        var instrumented = MethodInstrumenter.Instrument(
            target.Method,
            new MethodInstrumentation(null, [new LineInstrumentation(target.ILOffset, probe, [.. target.Locals.Select(local => local.Slot)])], []));
        instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
        var armed = RunPhase("armed", string.Empty, probe, calls);
        phases.Add(armed with { Status = instrumented.Status.ToString() });

        instrumented.Dispose();
        phases.Add(RunPhase("disarmed", instrumented.WaitForStatus(ScenarioRunner.StatusTimeout).ToString(), probe, calls));
        return new ScenarioReport(name, phases, new Dictionary<string, string> { ["method"] = target.Method.Name });
    }

    /// <summary>A method probe and a line probe on one method, applied as one rewrite.</summary>
    private static ScenarioReport LineAndMethod()
    {
        var target = PdbLines.Find(typeof(LineShapes), "LineShapes.cs", 11);
        var lineProbe = new LineRecordingProbe([.. target.Locals.Select(local => local.Name)]);
        var methodProbe = new RecordingProbe();
        var instrumented = MethodInstrumenter.Instrument(
            target.Method,
            new MethodInstrumentation(methodProbe, [new LineInstrumentation(target.ILOffset, lineProbe, [.. target.Locals.Select(local => local.Slot)])], []));
        instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
        var call = ScenarioRunner.Invoke("call", () => LineShapes.SumLoop(2), methodProbe);
        var lines = lineProbe.TakeEvents();
        instrumented.Dispose();
        instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
        return new ScenarioReport(
            "line-and-method",
            [new PhaseReport("armed", instrumented.Status.ToString(), [call, call with { Label = "lines", Events = lines }])],
            new Dictionary<string, string>());
    }

    private static PhaseReport RunPhase(string phase, string status, LineRecordingProbe probe, (string Label, Func<object?> Call)[] calls) =>
        new(phase, status, [.. calls.Select(call =>
        {
            var report = ScenarioRunner.Invoke(call.Label, call.Call, new RecordingProbe());
            return report with { Events = probe.TakeEvents() };
        })]);
}
