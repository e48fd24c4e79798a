using System.Diagnostics;
using System.Reflection;
using Distro.Hooks.Control;
using Distro.Runtime.Fixture.Recording;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>
/// Runs the same calls three times: before any instrumentation, with the method instrumented by a recording probe,
/// and after the instrumentation was removed, and reports results, exceptions and what the probe recorded.
/// </summary>
public static class ScenarioRunner
{
    public static readonly TimeSpan StatusTimeout = TimeSpan.FromSeconds(30);

    public static ScenarioReport Run(string name, MethodBase target, params (string Label, Func<object?> Call)[] calls)
    {
        var probe = new RecordingProbe();
        var phases = new List<PhaseReport> { RunPhase("original", "none", probe, calls) };

        var instrumented = MethodInstrumenter.Instrument(target, probe);
        instrumented.WaitForStatus(StatusTimeout);
        var armed = RunPhase("armed", string.Empty, probe, calls);
        phases.Add(armed with { Status = instrumented.Status.ToString() });

        instrumented.Dispose();
        phases.Add(RunPhase("disarmed", instrumented.WaitForStatus(StatusTimeout).ToString(), probe, calls));

        return new ScenarioReport(name, phases, new Dictionary<string, string>());
    }

    public static CallReport Invoke(string label, Func<object?> call, RecordingProbe probe)
    {
        probe.TakeEvents();
        try
        {
            var result = call();
            return new CallReport(label, ValueFormatter.Format(result), null, null, [], probe.TakeEvents());
        }
        catch (Exception e)
        {
            return new CallReport(label, null, e.GetType().FullName, e.Message, StackLines(e), probe.TakeEvents());
        }
    }

    /// <summary>"Type.Method:line" for each frame of the exception's stack trace that has source information.</summary>
    private static List<string> StackLines(Exception exception) =>
        [.. new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Where(frame => frame.GetFileLineNumber() > 0)
            .Select(frame => $"{frame.GetMethod()?.DeclaringType?.Name}.{frame.GetMethod()?.Name}:{frame.GetFileLineNumber()}")];

    private static PhaseReport RunPhase(string phase, string status, RecordingProbe probe, (string Label, Func<object?> Call)[] calls) =>
        new(phase, status, [.. calls.Select(call => Invoke(call.Label, call.Call, probe))]);
}
