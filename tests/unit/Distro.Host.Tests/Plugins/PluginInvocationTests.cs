using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Diagnostics.Tracing;
using Distro.Host.Tests.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Distro.Host.Tests.Plugins;

[Collection(PluginCalls.Collection)]
public sealed class PluginInvocationTests : IDisposable
{
    private static readonly string[] s_lifecycle =
    [
        "First.Initializing",
        "Second.Initializing",
        "First.BeforeConfigureTracerProvider",
        "Second.BeforeConfigureTracerProvider",
        "First.ConfigureResource",
        "First.AfterConfigureTracerProvider",
        "Second.AfterConfigureTracerProvider",
        "First.TracerProviderInitialized",
        "First.BeforeConfigureMeterProvider",
        "First.ConfigureResource",
        "First.AfterConfigureMeterProvider",
        "First.MeterProviderInitialized",
        "First.Initialized",
        "Second.Initialized",
    ];

    private readonly HostEvents _events = new();

    public PluginInvocationTests() => PluginCalls.Clear();

    public void Dispose() => _events.Dispose();

    [Fact]
    public void Start_TwoPlugins_CallsEachMomentInListedOrder()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", $"{HostRun.PluginName<FirstPlugin>()}:{HostRun.PluginName<SecondPlugin>()}"));

        Assert.Equal(s_lifecycle, PluginCalls.All.Where(call => !call.Contains("Options", StringComparison.Ordinal)));
    }

    [Fact]
    public void Start_InstrumentationOptions_ArePassedToThePluginWhileTheProviderIsBuilt()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", HostRun.PluginName<FirstPlugin>()));

        var calls = PluginCalls.All.ToList();
        var options = calls.IndexOf("First.ConfigureTracesOptions(HttpClientTraceInstrumentationOptions)");
        Assert.InRange(options, calls.IndexOf("First.AfterConfigureTracerProvider") + 1, calls.IndexOf("First.TracerProviderInitialized") - 1);
    }

    [Fact]
    public void Start_BuilderReturnedByAPlugin_IsTheOneConfigurationGoesOnWith()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", $"{HostRun.PluginName<FirstPlugin>()}:{HostRun.PluginName<SecondPlugin>()}:{HostRun.PluginName<CapturingPlugin>()}"));
        using var source = new ActivitySource(FirstPlugin.SourceAddedBeforeConfigure);

        source.StartActivity("added-by-plugin")?.Dispose();

        var span = Assert.Single(CapturingPlugin.Last!.Spans.Spans);
        Assert.Equal("added-by-plugin", span.DisplayName);
    }

    [Fact]
    public void Start_ConfigureResource_AddsToTheResourceOfEverySignal()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", $"{HostRun.PluginName<FirstPlugin>()}:{HostRun.PluginName<CapturingPlugin>()}"));

        var resource = run.Telemetry.TracerProvider!.GetResource();

        Assert.Contains(resource.Attributes, attribute => attribute is { Key: "plugin.first", Value: "yes" });
        Assert.Contains(resource.Attributes, attribute => attribute is { Key: "service.name", Value: "Distro.Host.Tests" });
        Assert.Contains(run.Telemetry.MeterProvider!.GetResource().Attributes, attribute => attribute is { Key: "plugin.first", Value: "yes" });
    }

    [Fact]
    public void Start_PluginThrowsFromAMethod_IsReportedSkippedFromThenOnAndTheOthersGoOn()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", $"{HostRun.PluginName<ThrowingInitializingPlugin>()}:{HostRun.PluginName<FirstPlugin>()}"));

        Assert.True(
            _events.Any(EventLevel.Error, "Plugin Distro.Host.Tests.Plugins.ThrowingInitializingPlugin, Distro.Host.Tests threw from Initializing; it is skipped from now on"),
            string.Join(" | ", _events.Events));
        Assert.True(_events.Any(EventLevel.Error, "initializing refuses"));
        Assert.DoesNotContain("ThrowingInitializing.Initialized", PluginCalls.All);
        Assert.Equal(["First.Initializing", "First.Initialized"], PluginCalls.All.Where(call => call is "First.Initializing" or "First.Initialized"));
        Assert.NotNull(run.Telemetry.TracerProvider);
        Assert.NotNull(run.Telemetry.MeterProvider);
    }

    [Fact]
    public void Start_AdditionalSourcesAndMeters_ReachTheProviders()
    {
        var sourceName = "Tests.Source." + Guid.NewGuid().ToString("N");
        var meterName = "Tests.Meter." + Guid.NewGuid().ToString("N");
        using var run = HostRun.Start(
            ("OTEL_DOTNET_AUTO_PLUGINS", HostRun.PluginName<CapturingPlugin>()),
            ("OTEL_DOTNET_AUTO_TRACES_ADDITIONAL_SOURCES", sourceName),
            ("OTEL_DOTNET_AUTO_METRICS_ADDITIONAL_SOURCES", meterName));
        using var source = new ActivitySource(sourceName);
        using var meter = new Meter(meterName);

        source.StartActivity("additional")?.Dispose();
        meter.CreateCounter<long>("orders.placed").Add(3);
        run.Telemetry.MeterProvider!.ForceFlush();

        Assert.Equal("additional", Assert.Single(CapturingPlugin.Last!.Spans.Spans).DisplayName);
        Assert.Contains("orders.placed", CapturingPlugin.Last.Metrics.Names);
    }

    [Fact]
    public void Start_AlwaysOffSampler_RecordsNoSpans()
    {
        var sourceName = "Tests.Source." + Guid.NewGuid().ToString("N");
        using var run = HostRun.Start(
            ("OTEL_DOTNET_AUTO_PLUGINS", HostRun.PluginName<CapturingPlugin>()),
            ("OTEL_DOTNET_AUTO_TRACES_ADDITIONAL_SOURCES", sourceName),
            ("OTEL_TRACES_SAMPLER", "always_off"));
        using var source = new ActivitySource(sourceName);

        using (var activity = source.StartActivity("dropped"))
        {
            Assert.False(activity?.Recorded ?? false);
        }

        Assert.Empty(CapturingPlugin.Last!.Spans.Spans);
    }

    [Fact]
    public void Start_SuppressedInstrumentation_RecordsNoSpans()
    {
        var sourceName = "Tests.Source." + Guid.NewGuid().ToString("N");
        using var run = HostRun.Start(
            ("OTEL_DOTNET_AUTO_PLUGINS", HostRun.PluginName<CapturingPlugin>()),
            ("OTEL_DOTNET_AUTO_TRACES_ADDITIONAL_SOURCES", sourceName));
        using var source = new ActivitySource(sourceName);

        using (SuppressInstrumentationScope.Begin())
        {
            source.StartActivity("suppressed")?.Dispose();
        }

        Assert.Empty(CapturingPlugin.Last!.Spans.Spans);
    }
}
