using Distro.StartupHook;

namespace Distro.Host.Tests.StartupHook;

public sealed class RuntimeSupportTests
{
    [Theory]
    [InlineData("6.0.36")]
    [InlineData("7.0.20")]
    public void Refusal_RuntimeOlderThanDotnet8_RefusesWhateverTheDistroNeeds(string runtime)
    {
        Assert.Equal(
            $"The distro needs .NET 8 or newer; this process runs .NET {runtime}. Nothing is instrumented.",
            RuntimeSupport.Refusal(Version.Parse(runtime), required: null));
    }

    [Fact]
    public void Refusal_RuntimeOlderThanTheDistroWasBuiltFor_Refuses()
    {
        Assert.Equal(
            "This build of the distro needs .NET 10 or newer; this process runs .NET 8.0.11. Nothing is instrumented.",
            RuntimeSupport.Refusal(new Version(8, 0, 11), new Version(10, 0, 0, 0)));
    }

    [Theory]
    [InlineData("10.0.12", "10.0.0.0")]
    [InlineData("11.0.0", "10.0.0.0")]
    [InlineData("8.0.0", "8.0.0.0")]
    public void Refusal_RuntimeAtLeastWhatTheDistroNeeds_Accepts(string runtime, string required)
    {
        Assert.Null(RuntimeSupport.Refusal(Version.Parse(runtime), Version.Parse(required)));
    }

    [Fact]
    public void RequiredRuntime_HostAssembly_IsTheOldestSupportedRuntime()
    {
        var required = RuntimeSupport.RequiredRuntime(typeof(HostStartup).Assembly.Location);

        Assert.Equal(new Version(RuntimeSupport.MinimumMajorVersion, 0, 0, 0), required);
    }

    [Fact]
    public void RequiredRuntime_StartupHookAssembly_IsTheOldestRuntimeWithStartupHooks()
    {
        var required = RuntimeSupport.RequiredRuntime(typeof(RuntimeSupport).Assembly.Location);

        Assert.NotNull(required);
        Assert.True(required.Major < RuntimeSupport.MinimumMajorVersion, $"the startup hook needs System.Runtime {required}");
    }
}
