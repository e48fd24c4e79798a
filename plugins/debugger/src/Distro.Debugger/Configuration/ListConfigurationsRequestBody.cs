namespace Distro.Debugger.Configuration;

/// <summary>
/// The body of <c>POST {API_URL}/list-instrumentation-configurations</c>:
/// <c>{"Service","Environment","InstrumentationType","SyncedAt"?,"NextToken"?}</c>.
/// </summary>
internal static class ListConfigurationsRequestBody
{
    /// <remarks>
    /// <para><c>syncedAt</c>: The cursor of the last response, echoed exactly as it was received; null on the first poll.</para>
    /// <para><c>nextToken</c>: The token of the previous page when fetching the next one.</para>
    /// </remarks>
    public static byte[] Write(string service, string environment, InstrumentationType type, SyncCursor? syncedAt, string? nextToken) =>
        ConfigApiJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("Service", service);
            writer.WriteString("Environment", environment);
            writer.WriteString("InstrumentationType", WireNames.Of(type));
            if (syncedAt is not null)
            {
                writer.WritePropertyName("SyncedAt");
                writer.WriteRawValue(syncedAt.RawJson);
            }

            if (nextToken is not null)
            {
                writer.WriteString("NextToken", nextToken);
            }

            writer.WriteEndObject();
        });
}
