using System.Globalization;

namespace Distro.Debugger.Configuration;

/// <summary>
/// The body of <c>POST {API_URL}/report-instrumentation-configuration-status</c>:
/// <c>{"Service","Environment","Configurations":[{"InstrumentationType","SignalType","LocationHash","Status","Time","ErrorCause"?}]}</c>.
/// </summary>
internal static class StatusReportBody
{
    /// <summary>The API takes at most this many statuses per request.</summary>
    public const int MaxBatchSize = 100;

    /// <summary>ISO 8601 in UTC with milliseconds, e.g. <c>2026-11-20T10:00:00.000Z</c>.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Splits statuses into request-sized batches, in order.</summary>
    public static IEnumerable<ConfigurationStatus[]> Batches(IEnumerable<ConfigurationStatus> statuses) => statuses.Chunk(MaxBatchSize);

    public static byte[] Write(string service, string environment, IReadOnlyCollection<ConfigurationStatus> batch)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batch.Count, MaxBatchSize);
        return ConfigApiJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("Service", service);
            writer.WriteString("Environment", environment);
            writer.WriteStartArray("Configurations");
            foreach (var status in batch)
            {
                writer.WriteStartObject();
                writer.WriteString("InstrumentationType", WireNames.Of(status.Type));
                writer.WriteString("SignalType", WireNames.Of(status.Signal));
                writer.WriteString("LocationHash", status.LocationHash);
                writer.WriteString("Status", WireNames.Of(status.Status));
                writer.WriteString("Time", status.Time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
                if (status.Cause is { } cause)
                {
                    writer.WriteString("ErrorCause", WireNames.Of(cause));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
