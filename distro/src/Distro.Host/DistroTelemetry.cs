using Distro.Host.Configuration;
using Distro.Host.Diagnostics;
using Distro.Host.Lifetime;
using Distro.Host.Metrics;
using Distro.Host.Plugins;
using Distro.Host.Resources;
using Distro.Host.Traces;
using OpenTelemetry;
using OpenTelemetry.Context.Propagation;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Distro.Host;

/// <summary>
/// The host's work, in order: read the settings, create the plugins, set up propagation, build the tracer and meter
/// providers with the plugins called around them, and arrange for the providers to be flushed at exit. A failure in one
/// provider is reported and does not keep the other from starting.
/// </summary>
internal sealed class DistroTelemetry
{
    private DistroTelemetry(TracerProvider? tracerProvider, MeterProvider? meterProvider, PluginSet plugins, ProviderShutdown shutdown)
    {
        TracerProvider = tracerProvider;
        MeterProvider = meterProvider;
        Plugins = plugins;
        Shutdown = shutdown;
    }

    public TracerProvider? TracerProvider { get; }

    public MeterProvider? MeterProvider { get; }

    public PluginSet Plugins { get; }

    public ProviderShutdown Shutdown { get; }

    public static DistroTelemetry Start(Func<string, string?> variables, ProcessFacts facts, PluginAssemblyLoader pluginAssemblies, bool aspNetCore)
    {
        SdkEventForwarder.EnsureStarted();
        ComponentEventForwarder.EnsureStarted();
        var (settings, diagnostics) = HostSettingsReader.Read(variables);
        foreach (var diagnostic in diagnostics)
        {
            HostLog.Warning($"Setting {diagnostic}");
        }

        var plugins = PluginLoader.Load(settings.Plugins, pluginAssemblies);
        plugins.Initializing();

        // W3C trace context and baggage, explicitly: the distro's own copy of the API is the one its instrumentation reads.
        Sdk.SetDefaultTextMapPropagator(new CompositeTextMapPropagator([new TraceContextPropagator(), new BaggagePropagator()]));

        var resource = () => plugins.ConfigureResource(DistroResource.CreateBuilder(settings.Resource, facts));
        var tracerProvider = Build("tracer provider", () => TracerProviderFactory.Create(settings.Traces, resource, plugins, aspNetCore));
        var meterProvider = Build("meter provider", () => MeterProviderFactory.Create(settings.Metrics, resource, plugins));
        plugins.Initialized();

        var shutdown = new ProviderShutdown(tracerProvider, meterProvider, ProviderShutdown.DefaultTimeout);
        shutdown.RegisterForProcessExit();
        HostLog.Info(
            $"OpenTelemetry started: traces to [{string.Join(", ", settings.Traces.Exporters)}] ({settings.Traces.Otlp.Protocol} {settings.Traces.Otlp.Endpoint}), " +
            $"metrics to [{string.Join(", ", settings.Metrics.Exporters)}] ({settings.Metrics.Otlp.Protocol} {settings.Metrics.Otlp.Endpoint}), " +
            $"{plugins.Plugins.Count} plugin(s)");
        return new DistroTelemetry(tracerProvider, meterProvider, plugins, shutdown);
    }

    private static T? Build<T>(string what, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (Exception e)
        {
            HostLog.Error($"The {what} could not be built; the application runs on without it", e);
            return null;
        }
    }
}
