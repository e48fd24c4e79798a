using System.Collections.Immutable;

namespace Distro.Host.Configuration;

/// <summary>How the meter provider is built; the additional meters are the names in OTEL_DOTNET_AUTO_METRICS_ADDITIONAL_SOURCES.</summary>
internal sealed record MetricsSettings(
    ImmutableArray<ExporterKind> Exporters,
    OtlpExportSettings Otlp,
    TimeSpan ExportInterval,
    ImmutableArray<string> AdditionalMeters)
{
    public static readonly TimeSpan DefaultExportInterval = TimeSpan.FromSeconds(60);
}
