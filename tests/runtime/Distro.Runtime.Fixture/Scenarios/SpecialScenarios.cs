using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using Distro.Hooks.Control;
using Distro.Runtime.Fixture.Recording;
using Distro.Runtime.Fixture.Shapes;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>Scenarios that are not one method's three phases: refusals, gates, failing probes, re-arming, stress.</summary>
public static class SpecialScenarios
{
    private const int StressThreads = 8;
    private const int StressCycles = 1000;

    public static IReadOnlyDictionary<string, Func<ScenarioReport>> All { get; } = new Dictionary<string, Func<ScenarioReport>>
    {
        ["refusals"] = Refusals,
        ["gate-declines"] = GateDeclines,
        ["failing-probe"] = FailingProbe,
        ["first-call-after-arming"] = FirstCallAfterArming,
        ["rearm"] = Rearm,
        ["stress"] = Stress,
    };

    private static ScenarioReport Refusals()
    {
        var facts = new Dictionary<string, string>();
        var probe = new RecordingProbe();
        void Record(string name, MethodBase method)
        {
            var instrumented = MethodInstrumenter.Instrument(method, probe);
            facts[name] = instrumented.WaitForStatus(ScenarioRunner.StatusTimeout).ToString();
            instrumented.Dispose();
        }

        Record("abstract", typeof(Shape).GetMethod(nameof(Shape.Area))!);
        Record("extern", typeof(Unrewritable).GetMethod(nameof(Unrewritable.GetProcessId))!);
        var dynamicMethod = new DynamicMethod("Dynamic", typeof(int), []);
        var il = dynamicMethod.GetILGenerator();
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Ret);
        Record("dynamic-method", dynamicMethod);

        var collectible = new AssemblyLoadContext("collectible", isCollectible: true);
        var copy = collectible.LoadFromAssemblyPath(typeof(Cold).Assembly.Location);
        Record("collectible", copy.GetType(typeof(Cold).FullName!)!.GetMethod(nameof(Cold.Square))!);
        collectible.Unload();

        var emitted = TailCallAssembly.Load();
        Record("tail-call", emitted.GetMethod("Forward")!);
        Record("jmp", emitted.GetMethod("Jump")!);
        facts["tail-call-result"] = emitted.GetMethod("Forward")!.Invoke(null, [41])!.ToString()!;
        facts["tail-call-assembly-file"] = emitted.Assembly.Location;
        facts["events"] = probe.TakeEvents().Count.ToString(CultureInfo.InvariantCulture);
        return new ScenarioReport("refusals", [], facts);
    }

    /// <summary>An armed probe whose gate declines every call: nothing is recorded and results stay right.</summary>
    private static ScenarioReport GateDeclines()
    {
        var probe = new RecordingProbe { Capturing = false };
        using var instrumented = MethodInstrumenter.Instrument(typeof(StaticShapes).GetMethod(nameof(StaticShapes.Add))!, probe);
        instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
        var wrong = 0;
        for (var i = 0; i < 1000; i++)
        {
            wrong += StaticShapes.Add(i, 1) == i + 1 ? 0 : 1;
        }

        return new ScenarioReport("gate-declines", [], new Dictionary<string, string>
        {
            ["status"] = instrumented.Status.ToString(),
            ["gate-calls"] = probe.GateCalls.ToString(CultureInfo.InvariantCulture),
            ["events"] = probe.TakeEvents().Count.ToString(CultureInfo.InvariantCulture),
            ["wrong-results"] = wrong.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Probes that throw from the gate or from every hook: the instrumented methods behave as if nothing were there.</summary>
    private static ScenarioReport FailingProbe()
    {
        var phases = new List<PhaseReport>();
        foreach (var failure in (ProbeFailure[])[ProbeFailure.Gate, ProbeFailure.Frame])
        {
            var probe = new RecordingProbe { Failure = failure };
            using var instrumented = MethodInstrumenter.Instrument(typeof(Thrower).GetMethod(nameof(Thrower.FailThroughFinally))!, probe);
            instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
            var call = ScenarioRunner.Invoke("throws", () => Thrower.FailThroughFinally(3), probe);
            phases.Add(new PhaseReport(failure.ToString(), instrumented.Status.ToString(), [call]));
        }

        return new ScenarioReport("failing-probe", phases, new Dictionary<string, string>());
    }

    private static ScenarioReport FirstCallAfterArming()
    {
        var probe = new RecordingProbe();
        var instrumented = MethodInstrumenter.Instrument(typeof(Cold).GetMethod(nameof(Cold.Square))!, probe);
        instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
        var call = ScenarioRunner.Invoke("call", () => Cold.Square(9), probe);
        var armed = new PhaseReport("armed", instrumented.Status.ToString(), [call]);
        instrumented.Dispose();
        var disarmed = new PhaseReport("disarmed", instrumented.WaitForStatus(ScenarioRunner.StatusTimeout).ToString(), [ScenarioRunner.Invoke("call", () => Cold.Square(9), probe)]);
        return new ScenarioReport("first-call-after-arming", [armed, disarmed], new Dictionary<string, string>());
    }

    /// <summary>Arm, disarm, arm again with another probe: only the current probe sees calls.</summary>
    private static ScenarioReport Rearm()
    {
        var method = typeof(StaticShapes).GetMethod(nameof(StaticShapes.Negate))!;
        var first = new RecordingProbe();
        var second = new RecordingProbe();
        var phases = new List<PhaseReport>();
        foreach (var (name, probe) in new[] { ("first", first), ("second", second) })
        {
            var instrumented = MethodInstrumenter.Instrument(method, probe);
            instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
            var call = ScenarioRunner.Invoke("call", () => StaticShapes.Negate(5), probe);
            phases.Add(new PhaseReport(name, instrumented.Status.ToString(), [call]));
            instrumented.Dispose();
            instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
        }

        return new ScenarioReport("rearm", phases, new Dictionary<string, string>
        {
            ["first-probe-late-events"] = first.TakeEvents().Count.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Threads call instrumented methods without pause while another thread arms and disarms them over and over.</summary>
    private static ScenarioReport Stress()
    {
        var methods = new[]
        {
            typeof(StaticShapes).GetMethod(nameof(StaticShapes.Add))!,
            typeof(StaticShapes).GetMethod(nameof(StaticShapes.Classify))!,
        };
        var probe = new RecordingProbe();
        long calls = 0, wrong = 0, exceptions = 0, observed = 0;
        var stop = 0;
        var callers = Enumerable.Range(0, StressThreads).Select(thread => new Thread(() =>
        {
            var i = thread;
            while (Volatile.Read(ref stop) == 0)
            {
                try
                {
                    var sumOk = StaticShapes.Add(i, thread) == i + thread;
                    var classifyOk = StaticShapes.Classify(i % 3) == 10 + (i % 3);
                    if (!sumOk || !classifyOk)
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref exceptions);
                }

                Interlocked.Increment(ref calls);
                Interlocked.Add(ref observed, probe.TakeEvents().Count);
                i++;
            }
        })).ToList();
        callers.ForEach(thread => thread.Start());

        var failures = new List<string>();
        var completedCycles = 0;
        for (var cycle = 0; cycle < StressCycles; cycle++)
        {
            var instrumented = MethodInstrumenter.Instrument(methods[cycle % methods.Length], probe);
            var armed = instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
            instrumented.Dispose();
            var reverted = instrumented.WaitForStatus(ScenarioRunner.StatusTimeout);
            if (armed.IsActive && reverted.State == InstrumentationState.Reverted)
            {
                completedCycles++;
            }
            else
            {
                failures.Add($"cycle {cycle}: {armed} / {reverted}");
            }
        }

        Volatile.Write(ref stop, 1);
        callers.ForEach(thread => thread.Join());
        return new ScenarioReport("stress", [], new Dictionary<string, string>
        {
            ["completed-cycles"] = completedCycles.ToString(CultureInfo.InvariantCulture),
            ["threads"] = StressThreads.ToString(CultureInfo.InvariantCulture),
            ["calls"] = calls.ToString(CultureInfo.InvariantCulture),
            ["wrong-results"] = wrong.ToString(CultureInfo.InvariantCulture),
            ["exceptions"] = exceptions.ToString(CultureInfo.InvariantCulture),
            ["observed-events"] = observed.ToString(CultureInfo.InvariantCulture),
            ["failed-cycles"] = string.Join("; ", failures.Take(5)),
        });
    }
}
