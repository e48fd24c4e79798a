using System.Globalization;
using Distro.Hooks;

namespace Distro.Runtime.Tests;

/// <summary>Arming at the edges of the instrumentation API: a full probe registry.</summary>
public class ArmingTests
{
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
