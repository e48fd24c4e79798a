using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Distro.Host.Plugins;

/// <summary>
/// The plugins, called in the order they were listed at each moment of the start-up:
/// Initializing; for traces BeforeConfigureTracerProvider, ConfigureResource, AfterConfigureTracerProvider, the
/// ConfigureTracesOptions overloads as the SDK creates each options object while it builds the provider, then
/// TracerProviderInitialized; the same for metrics (BeforeConfigureMeterProvider, ConfigureResource,
/// AfterConfigureMeterProvider, ConfigureMetricsOptions, MeterProviderInitialized); and Initialized last.
/// </summary>
internal sealed class PluginSet(IReadOnlyList<LoadedPlugin> plugins)
{
    public IReadOnlyList<LoadedPlugin> Plugins => plugins;

    public void Initializing() => CallAll(PluginMethods.Initializing);

    public void Initialized() => CallAll(PluginMethods.Initialized);

    public TracerProviderBuilder BeforeConfigureTracerProvider(TracerProviderBuilder builder) => ChainAll(PluginMethods.BeforeConfigureTracerProvider, builder);

    public TracerProviderBuilder AfterConfigureTracerProvider(TracerProviderBuilder builder) => ChainAll(PluginMethods.AfterConfigureTracerProvider, builder);

    public void TracerProviderInitialized(TracerProvider provider) => CallAll(PluginMethods.TracerProviderInitialized, provider);

    public MeterProviderBuilder BeforeConfigureMeterProvider(MeterProviderBuilder builder) => ChainAll(PluginMethods.BeforeConfigureMeterProvider, builder);

    public MeterProviderBuilder AfterConfigureMeterProvider(MeterProviderBuilder builder) => ChainAll(PluginMethods.AfterConfigureMeterProvider, builder);

    public void MeterProviderInitialized(MeterProvider provider) => CallAll(PluginMethods.MeterProviderInitialized, provider);

    public ResourceBuilder ConfigureResource(ResourceBuilder builder) => ChainAll(PluginMethods.ConfigureResource, builder);

    public void ConfigureTracesOptions<T>(T options)
        where T : notnull => CallAll(PluginMethods.ConfigureTracesOptions, options);

    public void ConfigureMetricsOptions<T>(T options)
        where T : notnull => CallAll(PluginMethods.ConfigureMetricsOptions, options);

    private void CallAll(string method)
    {
        foreach (var plugin in plugins)
        {
            plugin.Call(method);
        }
    }

    private void CallAll<T>(string method, T argument)
        where T : notnull
    {
        foreach (var plugin in plugins)
        {
            plugin.Call(method, argument);
        }
    }

    private T ChainAll<T>(string method, T builder)
        where T : class
    {
        foreach (var plugin in plugins)
        {
            builder = plugin.Chain(method, builder);
        }

        return builder;
    }
}
