using System.Collections.Immutable;

namespace Distro.Host.Configuration;

/// <summary>How the tracer provider is built; the additional sources are the ActivitySource names in OTEL_DOTNET_AUTO_TRACES_ADDITIONAL_SOURCES.</summary>
internal sealed record TracesSettings(
    ImmutableArray<ExporterKind> Exporters,
    OtlpExportSettings Otlp,
    SamplerSettings Sampler,
    ImmutableArray<string> AdditionalSources);
