using Distro.Host.Configuration;

namespace Distro.Host.Tests.Configuration;

public sealed class SamplerSettingsReaderTests
{
    [Fact]
    public void Read_Unset_IsParentBasedAlwaysOn()
    {
        Assert.Equal(new SamplerSettings(SamplerKind.ParentBasedAlwaysOn, 1.0), Read());
    }

    [Theory]
    [InlineData("always_on", "AlwaysOn")]
    [InlineData("always_off", "AlwaysOff")]
    [InlineData("parentbased_always_on", "ParentBasedAlwaysOn")]
    [InlineData("parentbased_always_off", "ParentBasedAlwaysOff")]
    [InlineData("ALWAYS_OFF", "AlwaysOff")]
    public void Read_NonRatioSampler_SelectsItAndIgnoresTheArgument(string name, string kind)
    {
        Assert.Equal(new SamplerSettings(Enum.Parse<SamplerKind>(kind), 1.0), Read(("OTEL_TRACES_SAMPLER", name), ("OTEL_TRACES_SAMPLER_ARG", "0.5")));
    }

    [Theory]
    [InlineData("traceidratio", "TraceIdRatio")]
    [InlineData("parentbased_traceidratio", "ParentBasedTraceIdRatio")]
    public void Read_RatioSampler_TakesTheArgument(string name, string kind)
    {
        Assert.Equal(new SamplerSettings(Enum.Parse<SamplerKind>(kind), 0.25), Read(("OTEL_TRACES_SAMPLER", name), ("OTEL_TRACES_SAMPLER_ARG", "0.25")));
    }

    [Fact]
    public void Read_RatioSamplerWithoutArgument_KeepsEverything()
    {
        Assert.Equal(new SamplerSettings(SamplerKind.TraceIdRatio, 1.0), Read(("OTEL_TRACES_SAMPLER", "traceidratio")));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("half")]
    [InlineData("0,5")]
    public void Read_RatioOutOfRange_KeepsEverythingWithADiagnostic(string argument)
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_TRACES_SAMPLER", "traceidratio"), ("OTEL_TRACES_SAMPLER_ARG", argument)));

        Assert.Equal(new SamplerSettings(SamplerKind.TraceIdRatio, 1.0), result.Settings.Traces.Sampler);
        Assert.Equal([new SettingDiagnostic("OTEL_TRACES_SAMPLER_ARG", $"\"{argument}\" is not a ratio from 0 to 1; using 1.0")], result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_UnknownSampler_UsesTheDefaultWithADiagnostic()
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_TRACES_SAMPLER", "jaeger_remote")));

        Assert.Equal(SamplerSettings.Default, result.Settings.Traces.Sampler);
        var diagnostic = Assert.Single(result.Diagnostics.ToArray());
        Assert.Equal("OTEL_TRACES_SAMPLER", diagnostic.Variable);
        Assert.StartsWith("unknown sampler \"jaeger_remote\"", diagnostic.Message, StringComparison.Ordinal);
    }

    private static SamplerSettings Read(params (string Name, string Value)[] variables) => HostSettingsReader.Read(Variables.Of(variables)).Settings.Traces.Sampler;
}
