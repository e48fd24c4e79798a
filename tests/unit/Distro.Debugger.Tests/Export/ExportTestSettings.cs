using System.Collections.Immutable;
using Distro.Debugger.Export.Settings;
using Distro.Host.Configuration;
using OpenTelemetry.Exporter;

namespace Distro.Debugger.Tests.Export;

/// <summary>Export settings for tests: small queues, short delays, one resource.</summary>
internal static class ExportTestSettings
{
    public const string ServiceName = "shop-api";
    public const string Environment = "prod";

    public static readonly BatchSettings FastBatch = new(64, 16, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5));

    public static SnapshotExportSettings Otlp(Uri endpoint, BatchSettings? batch = null) =>
        Create([SnapshotExporterKind.Otlp], endpoint, batch);

    public static SnapshotExportSettings Create(ImmutableArray<SnapshotExporterKind> exporters, Uri endpoint, BatchSettings? batch = null) =>
        new(
            exporters,
            new OtlpSettings(endpoint, OtlpExportProtocol.HttpProtobuf, null, TimeSpan.FromSeconds(5)),
            batch ?? FastBatch,
            new ResourceSettings(ServiceName, Environment, ImmutableDictionary<string, string>.Empty.Add("team", "checkout")),
            TimeSpan.FromSeconds(5));
}
