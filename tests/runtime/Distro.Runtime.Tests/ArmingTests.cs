using System.Globalization;
using Distro.Hooks;

namespace Distro.Runtime.Tests;

/// <summary>
/// Arming at the edges of the instrumentation API: by module and token, with a full probe registry, and a method whose
/// rewrite the runtime rejects.
/// </summary>
public class ArmingTests
{
    [Fact]
    public void MethodTheRuntimeWillNotRecompile_WhenArmed_FailsWithTheRuntimesReasonAndRunsUnchanged()
    {
        var report = FixtureProcess.Report("runtime-rejects", ("DOTNET_MODIFIABLE_ASSEMBLIES", "debug"));

        var armed = report.Phase("armed");
        Assert.StartsWith("Failed (RuntimeRejected, 0x8013", armed.Status, StringComparison.Ordinal);
        Assert.Contains("the runtime rejected the rewritten method", armed.Status, StringComparison.Ordinal);
        Assert.Equal("42:Int32", armed.Call("call").Result);
        Assert.Empty(armed.Call("call").Events);
    }

    [Fact]
    public void MethodOfADebuggableModule_WithEditsNotAllowed_IsArmedAndFires()
    {
        var call = FixtureProcess.Report("runtime-rejects").Armed();

        Assert.Equal("42:Int32", call.Result);
        Assert.Equal(["41:Int32"], call.Single("entry").Arguments);
    }

    [Fact]
    public void MethodNamedByModuleAndToken_WhenArmed_FiresAndIsSilentAfterDisarm()
    {
        var report = FixtureProcess.Report("module-and-token");

        Assert.Equal("Add", report.Facts["armed-method"]);
        Assert.Equal("Applied", report.Phase("armed").Status);
        Assert.Equal(["2:Int32", "3:Int32"], report.Armed().Single("entry").Arguments);
        Assert.Equal("5:Int32", report.Armed().Single("return").ReturnValue);
        Assert.Equal("Reverted", report.Phase("disarmed").Status);
        Assert.Empty(report.Phase("disarmed").Call("call").Events);
    }

    [Theory]
    [InlineData("unknown-module", "ModuleNotLoaded", "no loaded module has MVID")]
    [InlineData("unknown-token", "MethodNotFound", "defines no method with token 0x06ffffff")]
    [InlineData("type-token", "MethodNotFound", "is not a method definition token")]
    public void ModuleAndTokenNamingNoMethod_WhenArmed_FailsWithAClearStatusInsteadOfThrowing(string arming, string failure, string reason)
    {
        var facts = FixtureProcess.Report("module-and-token").Facts;

        Assert.StartsWith($"Failed ({failure}", facts[arming], StringComparison.Ordinal);
        Assert.Contains(reason, facts[arming], StringComparison.Ordinal);
        Assert.Equal("null", facts[$"{arming}-method"]);
    }

    [Fact]
    public void Arming_WithTheProbeRegistryFull_IsRefusedWithAClearStatusAndArmsNothing()
    {
        var facts = FixtureProcess.Report("probe-limit").Facts;

        Assert.Equal(ProbeRegistry.Capacity.ToString(CultureInfo.InvariantCulture), facts["registered-while-full"]);
        Assert.StartsWith("Failed (ProbeLimitReached", facts["refused"], StringComparison.Ordinal);
        Assert.Contains("registry is full", facts["refused"], StringComparison.Ordinal);
        Assert.Equal("0", facts["refused-method-events"]);
    }

    [Fact]
    public void Update_WithTheProbeRegistryFull_IsRefusedAndTheProbesArmedBeforeKeepFiring()
    {
        var facts = FixtureProcess.Report("probe-limit").Facts;

        Assert.StartsWith("Failed (ProbeLimitReached", facts["update-refused"], StringComparison.Ordinal);
        Assert.Equal("2", facts["armed-method-events"]);
    }

    [Fact]
    public void Arming_AfterProbesLeftAFullRegistry_WorksAgain()
    {
        var facts = FixtureProcess.Report("probe-limit").Facts;

        Assert.Equal("Applied", facts["after-freeing"]);
        Assert.Equal("2", facts["after-freeing-events"]);
    }
}
