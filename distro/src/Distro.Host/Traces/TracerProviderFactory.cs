using Distro.Host.Configuration;
using Distro.Host.Exporters;
using Distro.Host.Plugins;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Distro.Host.Traces;

/// <summary>
/// Builds the tracer provider: ASP.NET Core server spans (where the application runs on ASP.NET Core), HttpClient and
/// gRPC client spans, the additional sources, the sampler and the exporters, with the plugins called around it.
/// </summary>
internal static class TracerProviderFactory
{
    public static TracerProvider Create(TracesSettings settings, Func<ResourceBuilder> resource, PluginSet plugins, bool aspNetCore)
    {
        var builder = plugins.BeforeConfigureTracerProvider(Sdk.CreateTracerProviderBuilder());
        builder.SetResourceBuilder(resource()).SetSampler(SamplerFactory.Create(settings.Sampler));

        if (aspNetCore)
        {
            builder.AddAspNetCoreInstrumentation(plugins.ConfigureTracesOptions);
        }

        builder
            .AddHttpClientInstrumentation(plugins.ConfigureTracesOptions)
            .AddGrpcClientInstrumentation(plugins.ConfigureTracesOptions);

        if (!settings.AdditionalSources.IsEmpty)
        {
            builder.AddSource([.. settings.AdditionalSources]);
        }

        foreach (var exporter in settings.Exporters)
        {
            AddExporter(builder, exporter, settings.Otlp, plugins);
        }

        builder = plugins.AfterConfigureTracerProvider(builder);
        var provider = builder.Build() ?? throw new InvalidOperationException("the tracer provider builder built nothing");
        plugins.TracerProviderInitialized(provider);
        return provider;
    }

    private static void AddExporter(TracerProviderBuilder builder, ExporterKind exporter, OtlpExportSettings otlp, PluginSet plugins)
    {
        switch (exporter)
        {
            case ExporterKind.Otlp:
                builder.AddOtlpExporter(options =>
                {
                    OtlpExporterSetup.Apply(otlp, options);
                    plugins.ConfigureTracesOptions(options);
                });
                break;
            case ExporterKind.Console:
                builder.AddConsoleExporter(plugins.ConfigureTracesOptions);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(exporter), exporter, "unknown exporter");
        }
    }
}
