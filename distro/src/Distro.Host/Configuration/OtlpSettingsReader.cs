using OpenTelemetry.Exporter;

namespace Distro.Host.Configuration;

/// <summary>
/// Reads one signal's OTLP settings. A signal-specific variable wins over the general one, as the specification orders
/// them. A signal-specific endpoint is used as written; a general http/protobuf endpoint gets the signal's path
/// appended (v1/traces, v1/metrics). A value that cannot be used falls back with a diagnostic: an unusable endpoint never
/// makes the exporter throw into the application.
/// </summary>
internal static class OtlpSettingsReader
{
    private const string GrpcProtocol = "grpc";
    private const string HttpProtobufProtocol = "http/protobuf";

    public static OtlpExportSettings Read(SettingsSource source, OtlpSignal signal)
    {
        var protocol = ReadProtocol(source, signal);
        return new OtlpExportSettings(ReadEndpoint(source, signal, protocol), protocol, ReadHeaders(source, signal), ReadTimeout(source, signal));
    }

    private static OtlpExportProtocol ReadProtocol(SettingsSource source, OtlpSignal signal)
    {
        var (variable, value) = FirstSet(source, signal.ProtocolVariable, HostVariables.OtlpProtocol);
        if (value is null || value.Equals(HttpProtobufProtocol, StringComparison.OrdinalIgnoreCase))
        {
            return OtlpExportProtocol.HttpProtobuf;
        }

        if (value.Equals(GrpcProtocol, StringComparison.OrdinalIgnoreCase))
        {
            return OtlpExportProtocol.Grpc;
        }

        source.Report(variable, $"\"{value}\" is not supported ({GrpcProtocol} or {HttpProtobufProtocol}); using {HttpProtobufProtocol}");
        return OtlpExportProtocol.HttpProtobuf;
    }

    private static Uri ReadEndpoint(SettingsSource source, OtlpSignal signal, OtlpExportProtocol protocol)
    {
        if (ReadUrl(source, signal.EndpointVariable) is { } specific)
        {
            return specific;
        }

        var general = ReadUrl(source, HostVariables.OtlpEndpoint);
        return protocol == OtlpExportProtocol.Grpc
            ? general ?? OtlpDefaults.GrpcEndpoint
            : WithSignalPath(general ?? OtlpDefaults.HttpBaseEndpoint, signal);
    }

    private static Uri WithSignalPath(Uri baseEndpoint, OtlpSignal signal)
    {
        var text = baseEndpoint.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text + signal.HttpPath : text + "/" + signal.HttpPath);
    }

    private static Uri? ReadUrl(SettingsSource source, string variable)
    {
        var value = source.Value(variable);
        if (value is null)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && url.Host.Length > 0)
        {
            return url;
        }

        source.Report(variable, $"\"{value}\" is not an absolute http or https URL; ignored");
        return null;
    }

    private static string? ReadHeaders(SettingsSource source, OtlpSignal signal)
    {
        var (variable, value) = FirstSet(source, signal.HeadersVariable, HostVariables.OtlpHeaders);
        if (value is null || OtlpHeaderList.IsWellFormed(value))
        {
            return value;
        }

        // Header values often carry credentials: the diagnostic never echoes them.
        source.Report(variable, "not a comma-separated list of name=value pairs with valid header names; no headers are sent");
        return null;
    }

    private static TimeSpan ReadTimeout(SettingsSource source, OtlpSignal signal)
    {
        var (variable, value) = FirstSet(source, signal.TimeoutVariable, HostVariables.OtlpTimeout);
        return value is null ? OtlpDefaults.Timeout : Milliseconds.Read(source, variable, value, OtlpDefaults.Timeout);
    }

    private static (string Variable, string? Value) FirstSet(SettingsSource source, string specific, string general)
    {
        var value = source.Value(specific);
        return value is not null ? (specific, value) : (general, source.Value(general));
    }
}
