using System.Reflection;
using System.Runtime.Loader;
using Distro.StartupHook;

namespace Distro.Host.Tests.StartupHook;

/// <summary>The distro's load context over this test's output folder, which holds the distro's assemblies and their dependencies.</summary>
public sealed class DistroLoadContextTests
{
    private static readonly DistroLoadContext s_context = new(new DistroHome(AppContext.BaseDirectory), TrustedPlatformAssemblies.OfThisProcess());

    [Fact]
    public void LoadFromAssemblyName_OpenTelemetry_IsTheDistrosOwnCopyBesideTheApplications()
    {
        var distroCopy = s_context.LoadFromAssemblyName(new AssemblyName("OpenTelemetry"));

        Assert.Same(s_context, AssemblyLoadContext.GetLoadContext(distroCopy));
        Assert.NotSame(typeof(OpenTelemetry.Sdk).Assembly, distroCopy);
    }

    [Fact]
    public void LoadFromAssemblyName_DependencyTheApplicationAlreadyHas_IsShared()
    {
        var shared = s_context.LoadFromAssemblyName(typeof(Microsoft.Extensions.Primitives.StringValues).Assembly.GetName());

        Assert.Same(typeof(Microsoft.Extensions.Primitives.StringValues).Assembly, shared);
    }

    [Fact]
    public void LoadFromAssemblyName_Framework_IsShared()
    {
        Assert.Same(typeof(object).Assembly, s_context.LoadFromAssemblyName(typeof(object).Assembly.GetName()));
    }

    [Fact]
    public void VersionOf_AssemblyOfThisProcess_IsItsVersion()
    {
        var platform = TrustedPlatformAssemblies.OfThisProcess();

        Assert.Equal(typeof(Microsoft.Extensions.Primitives.StringValues).Assembly.GetName().Version, platform.VersionOf("Microsoft.Extensions.Primitives"));
        Assert.Null(platform.VersionOf("No.Such.Assembly"));
    }

    [Fact]
    public void VersionOf_ListedFileMissing_IsNull()
    {
        var platform = new TrustedPlatformAssemblies([Path.Combine(AppContext.BaseDirectory, "Gone.dll")]);

        Assert.Null(platform.VersionOf("Gone"));
    }
}
