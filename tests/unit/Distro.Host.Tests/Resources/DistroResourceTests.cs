using System.Collections.Immutable;
using Distro.Host.Configuration;
using Distro.Host.Resources;
using Distro.Host.Tests.Configuration;
using OpenTelemetry.Resources;

namespace Distro.Host.Tests.Resources;

public sealed class DistroResourceTests
{
    private static readonly ProcessFacts s_facts = new("build-host", "amd64", 4242, ".NET", "10.0.12", "dotnet", "Shop.Api");

    private static readonly string s_sdkVersion = Attributes(ResourceBuilder.CreateEmpty().AddTelemetrySdk())["telemetry.sdk.version"].ToString()!;

    [Fact]
    public void CreateBuilder_NothingConfigured_HasExactlyTheDetectedServiceDistroAndSdkAttributes()
    {
        var attributes = Attributes(DistroResource.CreateBuilder(ReadSettings(), s_facts));

        Assert.Equal(
            new Dictionary<string, object>
            {
                ["host.name"] = "build-host",
                ["host.arch"] = "amd64",
                ["process.pid"] = 4242L,
                ["process.runtime.name"] = ".NET",
                ["process.runtime.version"] = "10.0.12",
                ["process.executable.name"] = "dotnet",
                ["service.name"] = "Shop.Api",
                ["telemetry.distro.name"] = "opentelemetry-dotnet-distro",
                ["telemetry.distro.version"] = DistroIdentity.Version,
                ["telemetry.sdk.name"] = "opentelemetry",
                ["telemetry.sdk.language"] = "dotnet",
                ["telemetry.sdk.version"] = s_sdkVersion,
            },
            attributes);
    }

    [Fact]
    public void CreateBuilder_ServiceEnvironmentAndAttributes_SetsBothEnvironmentSpellingsAndDecodedValues()
    {
        var settings = ReadSettings(
            ("OTEL_SERVICE_NAME", "orders"),
            ("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=prod,team=a%20b,host.name=override,broken"));

        var attributes = Attributes(DistroResource.CreateBuilder(settings, s_facts));

        Assert.Equal("orders", attributes["service.name"]);
        Assert.Equal("prod", attributes["deployment.environment.name"]);
        Assert.Equal("prod", attributes["deployment.environment"]);
        Assert.Equal("a b", attributes["team"]);
        Assert.Equal("override", attributes["host.name"]);
        Assert.Equal(15, attributes.Count);
    }

    [Fact]
    public void CreateBuilder_UserWritesDistroOrSdkAttributes_TheDistroAndSdkKeepTheirOwn()
    {
        var settings = ReadSettings(("OTEL_RESOURCE_ATTRIBUTES", "telemetry.distro.name=fake,telemetry.sdk.language=cobol"));

        var attributes = Attributes(DistroResource.CreateBuilder(settings, s_facts));

        Assert.Equal("opentelemetry-dotnet-distro", attributes["telemetry.distro.name"]);
        Assert.Equal("dotnet", attributes["telemetry.sdk.language"]);
    }

    [Fact]
    public void CreateBuilder_NoEntryAssemblyAndNoServiceName_UsesUnknownService()
    {
        var attributes = Attributes(DistroResource.CreateBuilder(ReadSettings(), s_facts with { EntryAssemblyName = null, ExecutableName = null }));

        Assert.Equal("unknown_service", attributes["service.name"]);
        Assert.False(attributes.ContainsKey("process.executable.name"));
    }

    [Fact]
    public void CreateBuilder_ServiceNameOnlyInResourceAttributes_UsesIt()
    {
        var attributes = Attributes(DistroResource.CreateBuilder(ReadSettings(("OTEL_RESOURCE_ATTRIBUTES", "service.name=billing")), s_facts));

        Assert.Equal("billing", attributes["service.name"]);
    }

    [Fact]
    public void Current_ThisProcess_DescribesItsRuntimeAndProcess()
    {
        var facts = ProcessFacts.Current();

        Assert.Equal(Environment.ProcessId, facts.ProcessId);
        Assert.Equal(Environment.Version.ToString(), facts.RuntimeVersion);
        Assert.Equal(".NET", facts.RuntimeName);
        Assert.Equal(Environment.MachineName, facts.HostName);
    }

    [Theory]
    [InlineData(System.Runtime.InteropServices.Architecture.X64, "amd64")]
    [InlineData(System.Runtime.InteropServices.Architecture.Arm64, "arm64")]
    [InlineData(System.Runtime.InteropServices.Architecture.X86, "x86")]
    [InlineData(System.Runtime.InteropServices.Architecture.Arm, "arm32")]
    [InlineData(System.Runtime.InteropServices.Architecture.Ppc64le, "ppc64")]
    public void ArchitectureName_KnownArchitecture_IsTheSemanticConventionValue(System.Runtime.InteropServices.Architecture architecture, string expected)
    {
        Assert.Equal(expected, ProcessFacts.ArchitectureName(architecture));
    }

    private static ResourceSettings ReadSettings(params (string Name, string Value)[] variables) =>
        HostSettingsReader.Read(Variables.Of(variables)).Settings.Resource;

    private static ImmutableDictionary<string, object> Attributes(ResourceBuilder builder) =>
        builder.Build().Attributes.ToImmutableDictionary(attribute => attribute.Key, attribute => attribute.Value);
}
