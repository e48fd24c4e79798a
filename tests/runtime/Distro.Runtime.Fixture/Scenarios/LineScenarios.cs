using System.Globalization;
using System.Reflection;
using Distro.Hooks.Control;
using Distro.Runtime.Fixture.Recording;
using Distro.Runtime.Fixture.Shapes;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>Line probes in every kind of method: each scenario names lines of LineShapes.cs and the calls that reach them.</summary>
public static class LineScenarios
{
    /// <summary>Created before any instrumentation, as a framework keeps a handler.</summary>
    private static readonly Func<int, int> s_adder = LineShapes.MakeAdder(5);

    public static IReadOnlyDictionary<string, Func<ScenarioReport>> All { get; } = new Dictionary<string, Func<ScenarioReport>>
    {
        ["line-loop"] = () => Run("line-loop", 11, ("call", () => LineShapes.SumLoop(3))),
        ["line-try-first"] = () => Run("line-try-first", 22, ("call", () => LineShapes.Guarded("x"))),
        ["line-catch-declaration"] = () => Run("line-catch-declaration", 30, ("call", () => LineShapes.Guarded(string.Empty))),
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
        ["line-switch-case"] = () => Run("line-switch-case", 144, ("call", () => LineShapes.Describe(2))),
        ["line-two-lines"] = TwoLinesInOneMethod,
        ["line-and-method"] = LineAndMethod,
    };

    private static ScenarioReport Run(string name, int line, params (string Label, Func<object?> Call)[] calls) =>
        Run(name, Find(line), calls);

    /// <summary>One line probe that records every named local in scope at the line.</summary>
    public static ScenarioReport Run(string name, LineTarget target, params (string Label, Func<object?> Call)[] calls) =>
        Run(name, target.Method, [Probe(target, [.. target.Locals.Select(local => local.Name)])], calls);

    /// <summary>Two line probes in one method, each asking for locals of its own.</summary>
    private static ScenarioReport TwoLinesInOneMethod()
    {
        var first = Find(126);
        var second = Find(127);
        return Run(
            "line-two-lines",
            first.Method,
            [Probe(first, ["doubled"], "first-line"), Probe(second, ["shifted", "doubled"], "second-line")],
            ("call", () => LineShapes.TwoLines(5)));
    }

    /// <summary>Runs the calls before, while and after the method has the line probes, all applied as one rewrite.</summary>
    private static ScenarioReport Run(
        string name,
        MethodBase method,
        IReadOnlyList<(LineInstrumentation Line, LineRecordingProbe Probe)> lines,
        params (string Label, Func<object?> Call)[] calls)
    {
        var probes = lines.Select(line => line.Probe).ToList();
        var phases = new List<PhaseReport> { RunPhase("original", "none", probes, calls) };

        var instrumented = MethodInstrumenter.Instrument(method, new MethodInstrumentation(null, [.. lines.Select(line => line.Line)], []));
        instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
        var armed = RunPhase("armed", string.Empty, probes, calls);
        phases.Add(armed with { Status = instrumented.Status.ToString() });

        instrumented.Dispose();
        phases.Add(RunPhase("disarmed", instrumented.WaitForStatus(ScenarioRunner.StatusTimeout).ToString(), probes, calls));
        return new ScenarioReport(name, phases, new Dictionary<string, string>
        {
            ["method"] = method.Name,
            ["il-offsets"] = string.Join(',', lines.Select(line => line.Line.ILOffset.ToString(CultureInfo.InvariantCulture))),
        });
    }

    /// <summary>A method probe and a line probe on one method, applied as one rewrite.</summary>
    private static ScenarioReport LineAndMethod()
    {
        var target = Find(11);
        var (line, lineProbe) = Probe(target, [.. target.Locals.Select(local => local.Name)]);
        var methodProbe = new RecordingProbe();
        PhaseReport Phase(string phase, string status)
        {
            var call = ScenarioRunner.Invoke("call", () => LineShapes.SumLoop(2), methodProbe);
            return new PhaseReport(phase, status, [call, call with { Label = "lines", Events = lineProbe.TakeEvents() }]);
        }

        var phases = new List<PhaseReport> { Phase("original", "none") };
        var instrumented = MethodInstrumenter.Instrument(target.Method, new MethodInstrumentation(methodProbe, [line], []));
        instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
        var armed = Phase("armed", string.Empty);
        phases.Add(armed with { Status = instrumented.Status.ToString() });

        instrumented.Dispose();
        phases.Add(Phase("disarmed", instrumented.WaitForStatus(ScenarioRunner.StatusTimeout).ToString()));
        return new ScenarioReport("line-and-method", phases, new Dictionary<string, string>());
    }

    private static LineTarget Find(int line) => PdbLines.Find(typeof(LineShapes), "LineShapes.cs", line);

    /// <summary>A line probe at the target's line that records the named locals, in this order, under events of the given kind.</summary>
    private static (LineInstrumentation Line, LineRecordingProbe Probe) Probe(LineTarget target, IReadOnlyList<string> locals, string kind = "line")
    {
        var probe = new LineRecordingProbe(locals, kind);
        return (new LineInstrumentation(target.ILOffset, probe, [.. locals.Select(target.SlotOf)]), probe);
    }

    private static PhaseReport RunPhase(string phase, string status, IReadOnlyList<LineRecordingProbe> probes, (string Label, Func<object?> Call)[] calls) =>
        new(phase, status, [.. calls.Select(call =>
        {
            var report = ScenarioRunner.Invoke(call.Label, call.Call, new RecordingProbe());
            return report with { Events = [.. probes.SelectMany(probe => probe.TakeEvents())] };
        })]);
}
