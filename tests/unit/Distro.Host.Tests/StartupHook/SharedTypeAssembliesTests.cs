using Distro.StartupHook;

namespace Distro.Host.Tests.StartupHook;

public sealed class SharedTypeAssembliesTests
{
    private const string DiagnosticSource = "System.Diagnostics.DiagnosticSource";

    [Fact]
    public void Refusal_ApplicationCopyOlderThanTheDistros_RefusesNamingTheFix()
    {
        Assert.Equal(
            "This application loads System.Diagnostics.DiagnosticSource 8.0.0.0, older than the 10.0.0.0 the distro needs. "
            + "Add a PackageReference to System.Diagnostics.DiagnosticSource 10.0.0 or newer to the application, or run it on .NET 10. Nothing is instrumented.",
            SharedTypeAssemblies.Refusal(DiagnosticSource, new Version(8, 0, 0, 0), new Version(10, 0, 0, 0)));
    }

    [Theory]
    [InlineData("10.0.0.0", "10.0.0.0")]
    [InlineData("11.0.0.0", "10.0.0.0")]
    public void Refusal_ApplicationCopyAtLeastTheDistros_Accepts(string application, string distro)
    {
        Assert.Null(SharedTypeAssemblies.Refusal(DiagnosticSource, Version.Parse(application), Version.Parse(distro)));
    }

    [Fact]
    public void Refusal_DistroShipsNoCopy_Accepts()
    {
        Assert.Null(SharedTypeAssemblies.Refusal(DiagnosticSource, new Version(8, 0, 0, 0), distro: null));
    }
}
