using Distro.Profiler.Modules;

namespace Distro.Profiler.Tests;

/// <summary>Which assemblies' methods are kept out of dynamic methods, so that a probe placed later can reach them.</summary>
public class ProbeableAssembliesTests
{
    [Theory]
    [InlineData("Mvc.App")]
    [InlineData("Shop.Api")]
    [InlineData("Systematic.Orders")]
    [InlineData("MicrosoftFanClub")]
    public void MayBeProbed_ApplicationAssembly_IsTrue(string assemblyName) =>
        Assert.True(ProbeableAssemblies.MayBeProbed(assemblyName));

    [Theory]
    [InlineData("System.Private.CoreLib")]
    [InlineData("System")]
    [InlineData("Microsoft.AspNetCore.Mvc.Core")]
    [InlineData("netstandard")]
    [InlineData("mscorlib")]
    [InlineData("Distro.Hooks")]
    [InlineData("OpenTelemetry.Api")]
    [InlineData("system.runtime")]
    public void MayBeProbed_RuntimeOrDistroAssembly_IsFalse(string assemblyName) =>
        Assert.False(ProbeableAssemblies.MayBeProbed(assemblyName));
}
