namespace Distro.Host.Tests.InstrumentScript;

public sealed class InstrumentScriptTests : IDisposable
{
    private const string ProfilerClassId = "{d4511892-b83d-4dbb-a725-f93b4642d20c}";

    private readonly ScriptSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void Run_BuiltDistro_ExportsTheDistrosVariablesAndRunsTheCommand()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);

        var result = _sandbox.RunScript("env");

        Assert.True(result.ExitCode == 0, result.ToString());
        var home = _sandbox.DefaultHome;
        Assert.Equal("1", result.Variables["CORECLR_ENABLE_PROFILING"]);
        Assert.Equal(ProfilerClassId, result.Variables["CORECLR_PROFILER"]);
        Assert.Equal($"{home}/linux-x64/Distro.Profiler.so", result.Variables["CORECLR_PROFILER_PATH"]);
        Assert.Equal($"{home}/net/Distro.StartupHook.dll", result.Variables["DOTNET_STARTUP_HOOKS"]);
        Assert.Equal(home, result.Variables["OTEL_DOTNET_DISTRO_HOME"]);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Run_CommandArguments_AreHandedOverUnchanged()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);

        var result = _sandbox.RunScript("bash", "-c", "echo \"[$1] [$2]\"", "name", "two words", "it's");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("[two words] [it's]\n", result.Output);
    }

    [Fact]
    public void Run_CommandExitCode_IsTheScriptsExitCode()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);

        Assert.Equal(7, _sandbox.RunScript("bash", "-c", "exit 7").ExitCode);
    }

    [Fact]
    public void Run_OtherStartupHooksSet_AppendsTheDistrosHook()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);
        _sandbox.Environment["DOTNET_STARTUP_HOOKS"] = "/opt/other/Other.StartupHook.dll";

        var result = _sandbox.RunScript("env");

        Assert.Equal($"/opt/other/Other.StartupHook.dll:{_sandbox.DefaultHome}/net/Distro.StartupHook.dll", result.Variables["DOTNET_STARTUP_HOOKS"]);
    }

    [Fact]
    public void Run_DistrosHookAlreadyListed_LeavesTheListAlone()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);
        var hooks = $"{_sandbox.DefaultHome}/net/Distro.StartupHook.dll:/opt/other/Other.StartupHook.dll";
        _sandbox.Environment["DOTNET_STARTUP_HOOKS"] = hooks;

        Assert.Equal(hooks, _sandbox.RunScript("env").Variables["DOTNET_STARTUP_HOOKS"]);
    }

    [Fact]
    public void Run_DistroWithItsRuntimeStore_PointsTheDotnetHostAtTheStoreAndItsDeps()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);
        CreateRuntimeStore(_sandbox.DefaultHome);

        var result = _sandbox.RunScript("env");

        Assert.Equal($"{_sandbox.DefaultHome}/additional-deps", result.Variables["DOTNET_ADDITIONAL_DEPS"]);
        Assert.Equal($"{_sandbox.DefaultHome}/store", result.Variables["DOTNET_SHARED_STORE"]);
    }

    [Fact]
    public void Run_OtherDepsAndStoresSet_AppendsTheDistros()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);
        CreateRuntimeStore(_sandbox.DefaultHome);
        _sandbox.Environment["DOTNET_ADDITIONAL_DEPS"] = "/opt/other/deps";
        _sandbox.Environment["DOTNET_SHARED_STORE"] = "/opt/other/store";

        var result = _sandbox.RunScript("env");

        Assert.Equal($"/opt/other/deps:{_sandbox.DefaultHome}/additional-deps", result.Variables["DOTNET_ADDITIONAL_DEPS"]);
        Assert.Equal($"/opt/other/store:{_sandbox.DefaultHome}/store", result.Variables["DOTNET_SHARED_STORE"]);
    }

    [Fact]
    public void Run_DistroWithoutARuntimeStore_LeavesTheDotnetHostsVariablesUnset()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);

        var result = _sandbox.RunScript("env");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(result.Variables.ContainsKey("DOTNET_ADDITIONAL_DEPS"));
        Assert.False(result.Variables.ContainsKey("DOTNET_SHARED_STORE"));
    }

    [Fact]
    public void Run_ProfilerVariablesAlreadySet_KeepsThemAndWarnsAboutAnotherProfiler()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);
        _sandbox.Environment["CORECLR_ENABLE_PROFILING"] = "0";
        _sandbox.Environment["CORECLR_PROFILER"] = "{00000000-0000-0000-0000-000000000001}";
        _sandbox.Environment["CORECLR_PROFILER_PATH"] = "/opt/other/profiler.so";

        var result = _sandbox.RunScript("env");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("0", result.Variables["CORECLR_ENABLE_PROFILING"]);
        Assert.Equal("{00000000-0000-0000-0000-000000000001}", result.Variables["CORECLR_PROFILER"]);
        Assert.Equal("/opt/other/profiler.so", result.Variables["CORECLR_PROFILER_PATH"]);
        Assert.Contains("CORECLR_PROFILER_PATH is already set to /opt/other/profiler.so and is kept", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NotBuilt_BuildsTheDistroOnFirstUse()
    {
        var creates = string.Concat(ScriptSandbox.DistroFiles.Select(file =>
            $"mkdir -p \"$(dirname artifacts/distro/{file})\" && touch artifacts/distro/{file}\n"));
        _sandbox.CreateBuildScript($"[ \"$1\" = distro ] || exit 9\ncd \"$(dirname \"$0\")\"\n{creates}");

        var result = _sandbox.RunScript("env");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"building the distro into {_sandbox.DefaultHome} (first use)", result.Errors, StringComparison.Ordinal);
        Assert.Equal(_sandbox.DefaultHome, result.Variables["OTEL_DOTNET_DISTRO_HOME"]);
    }

    [Fact]
    public void Run_BuildFails_SaysSoAndDoesNotRunTheCommand()
    {
        _sandbox.CreateBuildScript("echo 'error CS1002: ; expected' >&2\nexit 1\n");

        var result = _sandbox.RunScript("env");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error CS1002", result.Errors, StringComparison.Ordinal);
        Assert.Contains("instrument.sh: building the distro failed (see above)", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("OTEL_DOTNET_DISTRO_HOME", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BuildLeavesTheDistroIncomplete_SaysWhatIsMissing()
    {
        _sandbox.CreateBuildScript("exit 0\n");

        var result = _sandbox.RunScript("env");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the build finished but the distro is still incomplete; missing:", result.Errors, StringComparison.Ordinal);
        Assert.Contains($"{_sandbox.DefaultHome}/net/Distro.Host.dll", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NotBuiltAndNoBuildScript_SaysSo()
    {
        var result = _sandbox.RunScript("env");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"the distro is not built at {_sandbox.DefaultHome} and there is no build.sh", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoDotnetOnPath_SaysItIsMissing()
    {
        using var sandbox = new ScriptSandbox(withDotnet: false);
        ScriptSandbox.CreateDistro(sandbox.DefaultHome);

        var result = sandbox.RunScript("env");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("instrument.sh: 'dotnet' is not on PATH", result.Errors, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("Darwin", "arm64")]
    [InlineData("Linux", "aarch64")]
    public void Run_UnsupportedPlatform_SaysWhichAndWhy(string system, string machine)
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);
        _sandbox.FakeUname(system, machine);

        var result = _sandbox.RunScript("env");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"unsupported platform {system} {machine}: the distro's profiler is built for Linux x64 only", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ConfiguredHome_UsesItAsAnAbsolutePath()
    {
        ScriptSandbox.CreateDistro(Path.Combine(_sandbox.Repository, "elsewhere"));
        _sandbox.Environment["OTEL_DOTNET_DISTRO_HOME"] = "elsewhere";

        var result = _sandbox.RunScript("env");

        Assert.True(result.ExitCode == 0, result.ToString());
        var home = Path.Combine(_sandbox.Repository, "elsewhere");
        Assert.Equal(home, result.Variables["OTEL_DOTNET_DISTRO_HOME"]);
        Assert.Equal($"{home}/net/Distro.StartupHook.dll", result.Variables["DOTNET_STARTUP_HOOKS"]);
    }

    [Fact]
    public void Run_ConfiguredHomeIncomplete_SaysWhatIsMissingAndBuildsNothing()
    {
        var home = Path.Combine(_sandbox.Root, "partial");
        Directory.CreateDirectory(home);
        _sandbox.CreateBuildScript("echo build-ran\nexit 0\n");
        _sandbox.Environment["OTEL_DOTNET_DISTRO_HOME"] = home;

        var result = _sandbox.RunScript("env");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"OTEL_DOTNET_DISTRO_HOME={home} does not hold a built distro; missing:", result.Errors, StringComparison.Ordinal);
        Assert.Contains($"{home}/linux-x64/Distro.Profiler.so", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("build-ran", result.Errors + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ConfiguredHomeNotADirectory_SaysSo()
    {
        _sandbox.Environment["OTEL_DOTNET_DISTRO_HOME"] = "/no/such/distro";

        var result = _sandbox.RunScript("env");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("OTEL_DOTNET_DISTRO_HOME=/no/such/distro is not a directory", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoCommand_PrintsUsage()
    {
        var result = _sandbox.RunScript();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: instrument.sh <command> [args...]", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_InAShell_ExportsTheVariablesAndLeavesTheShellsOptionsAndFunctionsAlone()
    {
        ScriptSandbox.CreateDistro(_sandbox.DefaultHome);

        var result = _sandbox.RunShell(
            "set -u; before=\"$-\"; source ./instrument.sh; status=$?; " +
            "echo \"status=$status\"; echo \"options=$before/$-\"; echo \"helpers=$(declare -F | grep -c _otel_distro)\"; env");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("0", result.Variables["status"]);
        var options = result.Variables["options"].Split('/');
        Assert.Equal(options[0], options[1]);
        Assert.Equal("0", result.Variables["helpers"]);
        Assert.Equal($"{_sandbox.DefaultHome}/net/Distro.StartupHook.dll", result.Variables["DOTNET_STARTUP_HOOKS"]);
        Assert.Equal(_sandbox.DefaultHome, result.Variables["OTEL_DOTNET_DISTRO_HOME"]);
    }

    [Fact]
    public void Source_Failure_ReturnsAnErrorStatusAndKeepsTheShell()
    {
        using var sandbox = new ScriptSandbox(withDotnet: false);

        var result = sandbox.RunShell("source ./instrument.sh; echo \"status=$?\"; echo \"hooks=${DOTNET_STARTUP_HOOKS-unset}\"");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("1", result.Variables["status"]);
        Assert.Equal("unset", result.Variables["hooks"]);
        Assert.Contains("'dotnet' is not on PATH", result.Errors, StringComparison.Ordinal);
    }

    private static void CreateRuntimeStore(string home)
    {
        Directory.CreateDirectory(Path.Combine(home, "additional-deps"));
        Directory.CreateDirectory(Path.Combine(home, "store"));
    }
}
