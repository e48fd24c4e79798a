using System.Reflection;
using Distro.StartupHook;

namespace Distro.Host.Tests.StartupHook;

public sealed class AssemblyLoadPolicyTests
{
    private static readonly Dictionary<string, Version> s_defaultContext = new(StringComparer.OrdinalIgnoreCase)
    {
        ["System.Runtime"] = new(10, 0, 0, 0),
        ["Microsoft.Extensions.Primitives"] = new(10, 0, 0, 0),
        ["Microsoft.Extensions.Options"] = new(8, 0, 0, 0),
        ["OpenTelemetry"] = new(1, 0, 0, 0),
        ["Microsoft.AspNetCore.Http.Abstractions"] = new(10, 0, 0, 0),
        ["Shop.Api"] = new(1, 0, 0, 0),
    };

    private static readonly HashSet<string> s_distroHome = new(StringComparer.OrdinalIgnoreCase)
    {
        "Distro.Hooks", "Distro.Host", "Distro.Debugger", "OpenTelemetry", "OpenTelemetry.Api",
        "Microsoft.Extensions.Primitives", "Microsoft.Extensions.Options", "Google.Protobuf",
    };

    [Theory]
    [InlineData("Distro.Hooks, Version=0.1.0.0")]
    [InlineData("distro.hooks")]
    public void Decide_HooksAssembly_IsAlwaysShared(string name)
    {
        Assert.Equal(AssemblySource.Default, Decide(name));
    }

    [Theory]
    [InlineData("OpenTelemetry, Version=1.0.0.0")]
    [InlineData("OpenTelemetry.Api, Version=1.0.0.0")]
    [InlineData("Distro.Host, Version=0.1.0.0")]
    [InlineData("Distro.Debugger")]
    public void Decide_OpenTelemetryOrDistroAssemblyShipped_ComesFromTheDistroEvenWhenTheApplicationHasOne(string name)
    {
        Assert.Equal(AssemblySource.DistroHome, Decide(name));
    }

    [Theory]
    [InlineData("System.Runtime, Version=10.0.0.0")]
    [InlineData("Microsoft.AspNetCore.Http.Abstractions, Version=10.0.0.0")]
    [InlineData("Shop.Api")]
    public void Decide_NotShipped_ComesFromTheDefaultContext(string name)
    {
        Assert.Equal(AssemblySource.Default, Decide(name));
    }

    [Fact]
    public void Decide_ShippedAndDefaultHasTheSameOrNewer_IsSharedSoTypesMatchTheApplications()
    {
        Assert.Equal(AssemblySource.Default, Decide("Microsoft.Extensions.Primitives, Version=10.0.0.0"));
    }

    [Fact]
    public void Decide_ShippedAndDefaultHasAnOlderOne_ComesFromTheDistro()
    {
        Assert.Equal(AssemblySource.DistroHome, Decide("Microsoft.Extensions.Options, Version=10.0.0.0"));
    }

    [Fact]
    public void Decide_ShippedAndDefaultHasNone_ComesFromTheDistro()
    {
        Assert.Equal(AssemblySource.DistroHome, Decide("Google.Protobuf, Version=3.0.0.0"));
    }

    [Fact]
    public void Decide_NoVersionAsked_AcceptsWhateverTheDefaultContextHas()
    {
        Assert.Equal(AssemblySource.Default, Decide("Microsoft.Extensions.Options"));
    }

    private static AssemblySource Decide(string name) =>
        AssemblyLoadPolicy.Decide(new AssemblyName(name), s_defaultContext.GetValueOrDefault, s_distroHome.Contains);
}
