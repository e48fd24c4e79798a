namespace Distro.Contract.Tests.Frameworks.MinimalApi;

/// <summary>
/// The contract scenarios on MinimalApi.App as a framework-dependent .NET 8 application that references no
/// System.Diagnostics.DiagnosticSource of its own: instrument.sh has the .NET host give it the distro's newer copy.
/// </summary>
public sealed class MinimalApiOnFrameworkDependentDotnet8ContractTests(MinimalApiNet8FrameworkDependentApp app)
    : MinimalApiScenarios(app), IClassFixture<MinimalApiNet8FrameworkDependentApp>
{
    [Fact]
    public void Distro_InTheFrameworkDependentDotnet8App_StartedOnDotnet8()
    {
        var startupLog = Directory.GetFiles(app.LogDirectory, "otel-dotnet-distro-startup-*.log").Select(File.ReadAllText).ToList();

        Assert.Contains(startupLog, text => text.Contains("Distro started from", StringComparison.Ordinal) && text.Contains("(.NET 8.", StringComparison.Ordinal));
        Assert.DoesNotContain(startupLog, text => text.Contains("System.Diagnostics.DiagnosticSource", StringComparison.Ordinal));
    }
}
