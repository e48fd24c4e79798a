using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Distro.Runtime.Fixture.Scenarios;

namespace Distro.Runtime.Tests;

/// <summary>Runs one scenario of the fixture program in a process of its own, under the profiler, and reads its report.</summary>
internal static class FixtureProcess
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);
    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly ConcurrentDictionary<string, Lazy<ScenarioReport>> s_reports = new();

    /// <summary>The scenario's report; each scenario runs once per test run, whatever number of tests read it.</summary>
    public static ScenarioReport Report(string scenario, params (string Name, string Value)[] environment) =>
        s_reports.GetOrAdd(
            scenario + string.Concat(environment.Select(variable => $";{variable.Name}={variable.Value}")),
            _ => new Lazy<ScenarioReport>(() => Run(scenario, environment))).Value;

    private static ScenarioReport Run(string scenario, (string Name, string Value)[] environment)
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Distro.Runtime.Fixture.dll");
        var start = new ProcessStartInfo("dotnet", [fixture, scenario])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["CORECLR_ENABLE_PROFILING"] = "1";
        start.Environment["CORECLR_PROFILER"] = DistroLayout.ProfilerClassId;
        start.Environment["CORECLR_PROFILER_PATH"] = DistroLayout.ProfilerPath;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scenario {scenario} did not finish within {s_timeout}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scenario {scenario} exited with {process.ExitCode}: {errors.Result}{output.Result}");
        }

        return JsonSerializer.Deserialize<ScenarioReport>(output.Result, s_json)
            ?? throw new InvalidOperationException($"scenario {scenario} printed no report");
    }
}
