using System.Reflection;
using System.Text.Json;

namespace Distro.Contract.Tests.Host;

/// <summary>
/// The runtime store and additional deps that give framework-dependent .NET 8 and 9 applications the distro's
/// System.Diagnostics.DiagnosticSource. The .NET host refuses to start an application whose additional deps name a file
/// it cannot find, so every target framework such an application may have needs its store folder.
/// </summary>
public class SharedDiagnosticSourceLayoutTests
{
    private static readonly string[] s_targetFrameworksOnDotnet8And9 = ["netcoreapp3.0", "netcoreapp3.1", "net5.0", "net6.0", "net7.0", "net8.0", "net9.0"];

    [Theory]
    [InlineData("8.0.0")]
    [InlineData("9.0.0")]
    public void AdditionalDeps_OfDotnet8And9_NameTheDistrosAssemblyInTheStoreOfEveryTargetFramework(string frameworkVersion)
    {
        var home = HostLayout.DistroHome;
        using var deps = JsonDocument.Parse(File.ReadAllText(
            Path.Combine(home, "additional-deps", "shared", "Microsoft.NETCore.App", frameworkVersion, "Distro.AdditionalDeps.deps.json")));
        var library = deps.RootElement.GetProperty("libraries").EnumerateObject().Single();
        var asset = deps.RootElement.GetProperty("targets").EnumerateObject().Single().Value
            .GetProperty(library.Name).GetProperty("runtime").EnumerateObject().Single();
        var distros = AssemblyName.GetAssemblyName(Path.Combine(home, "net", "System.Diagnostics.DiagnosticSource.dll")).Version;

        Assert.Equal(distros?.ToString(), asset.Value.GetProperty("assemblyVersion").GetString());
        foreach (var targetFramework in s_targetFrameworksOnDotnet8And9)
        {
            var stored = Path.Combine(home, "store", "x64", targetFramework, library.Value.GetProperty("path").GetString()!, asset.Name);
            Assert.True(File.Exists(stored), $"missing {stored}");
            Assert.Equal(distros, AssemblyName.GetAssemblyName(stored).Version);
        }
    }

    [Fact]
    public void AdditionalDeps_ApplyToNoRuntimeFromDotnet10On()
    {
        var folders = Directory.GetDirectories(Path.Combine(HostLayout.DistroHome, "additional-deps", "shared", "Microsoft.NETCore.App"));

        Assert.NotEmpty(folders);
        Assert.All(folders, folder => Assert.True(Version.Parse(Path.GetFileName(folder)).Major < 10, folder));
    }
}
