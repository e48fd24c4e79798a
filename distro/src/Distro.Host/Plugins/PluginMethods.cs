namespace Distro.Host.Plugins;

/// <summary>The methods a plugin may define, by name, as OpenTelemetry .NET auto-instrumentation 1.x calls them.</summary>
internal static class PluginMethods
{
    public const string Initializing = "Initializing";
    public const string Initialized = "Initialized";
    public const string BeforeConfigureTracerProvider = "BeforeConfigureTracerProvider";
    public const string AfterConfigureTracerProvider = "AfterConfigureTracerProvider";
    public const string TracerProviderInitialized = "TracerProviderInitialized";
    public const string BeforeConfigureMeterProvider = "BeforeConfigureMeterProvider";
    public const string AfterConfigureMeterProvider = "AfterConfigureMeterProvider";
    public const string MeterProviderInitialized = "MeterProviderInitialized";
    public const string ConfigureResource = "ConfigureResource";
    public const string ConfigureTracesOptions = "ConfigureTracesOptions";
    public const string ConfigureMetricsOptions = "ConfigureMetricsOptions";
}
