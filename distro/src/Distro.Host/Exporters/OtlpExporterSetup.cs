using Distro.Host.Configuration;
using OpenTelemetry.Exporter;

namespace Distro.Host.Exporters;

/// <summary>
/// Writes the resolved settings into the exporter's options. They replace whatever the exporter read from the
/// environment by itself: the endpoint set here is the full URL, so the exporter appends no path of its own.
/// </summary>
internal static class OtlpExporterSetup
{
    public static void Apply(OtlpExportSettings settings, OtlpExporterOptions options)
    {
        options.Endpoint = settings.Endpoint;
        options.Protocol = settings.Protocol;
        options.Headers = settings.Headers;
        options.TimeoutMilliseconds = (int)settings.Timeout.TotalMilliseconds;
    }
}
