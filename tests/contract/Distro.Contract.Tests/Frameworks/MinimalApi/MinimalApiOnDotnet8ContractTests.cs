namespace Distro.Contract.Tests.Frameworks.MinimalApi;

/// <summary>The contract scenarios on MinimalApi.App running on .NET 8, the oldest runtime the distro supports.</summary>
public sealed class MinimalApiOnDotnet8ContractTests(MinimalApiNet8App app) : MinimalApiScenarios(app), IClassFixture<MinimalApiNet8App>
{
    [Fact]
    public void Distro_InTheDotnet8App_StartedOnDotnet8()
    {
        var startupLog = Directory.GetFiles(app.LogDirectory, "otel-dotnet-distro-startup-*.log").Select(File.ReadAllText);

        Assert.Contains(startupLog, text => text.Contains("Distro started from", StringComparison.Ordinal) && text.Contains("(.NET 8.", StringComparison.Ordinal));
    }
}
