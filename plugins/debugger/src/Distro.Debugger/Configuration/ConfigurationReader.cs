using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Distro.Debugger.Configuration;

/// <summary>
/// Reads one element of <c>LatestConfigurations</c>. Strict about what identifies and places a configuration
/// (LocationHash, InstrumentationType, SignalType, Location), forgiving about everything else.
/// </summary>
internal sealed class ConfigurationReader(DiagnosticSink sink)
{
    private static readonly string[] s_configurationFields =
        ["InstrumentationType", "SignalType", "LocationHash", "CreatedAt", "ExpiresAt", "Location", "CaptureConfiguration"];

    private static readonly string[] s_locationFields = ["CodeLocation"];

    private static readonly string[] s_codeLocationFields =
        ["Language", "CodeUnit", "ClassName", "MethodName", "FilePath", "LineNumber"];

    private static readonly string[] s_captureConfigurationFields = ["CodeCapture"];

    private static readonly string[] s_codeCaptureFields =
        ["CaptureArguments", "CaptureLocals", "CaptureReturn", "CaptureStackTrace", "CaptureLimits"];

    private static readonly string[] s_limitFields =
    [
        "MaxHits", "MaxStringLength", "MaxCollectionWidth", "MaxCollectionDepth",
        "MaxObjectDepth", "MaxFieldsPerObject", "MaxStackFrames", "MaxStackTraceSize",
    ];

    private static readonly LimitRange s_lineNumberRange = new(0, int.MaxValue, 0);

    public bool TryRead(
        JsonElement element,
        string path,
        [NotNullWhen(true)] out InstrumentationConfiguration? configuration,
        [NotNullWhen(false)] out InvalidConfiguration? invalid)
    {
        configuration = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            invalid = Drop(path, null, null, $"expected an object, got {element.ValueKind}");
            return false;
        }

        var fields = JsonFields.Read(element, s_configurationFields);
        var locationHash = NonBlank(new FieldReader(sink, null).String(fields["LocationHash"], $"{path}.LocationHash"));
        if (locationHash is null)
        {
            invalid = Drop(path, null, null, "no LocationHash");
            return false;
        }

        var reader = new FieldReader(sink, locationHash);
        var typeText = reader.String(fields["InstrumentationType"], $"{path}.InstrumentationType");
        if (!WireNames.TryParse(typeText, out InstrumentationType type))
        {
            invalid = Drop(path, locationHash, null, typeText is null ? "no InstrumentationType" : $"unknown InstrumentationType \"{typeText}\"");
            return false;
        }

        // Snapshots are the only signal: an absent SignalType means snapshot, any other signal cannot be served.
        var signalText = reader.String(fields["SignalType"], $"{path}.SignalType");
        if (signalText is not null && !WireNames.TryParse(signalText, out SignalType _))
        {
            invalid = Drop(path, locationHash, type, $"unsupported SignalType \"{signalText}\"");
            return false;
        }

        if (ReadCodeLocation(reader, fields["Location"], $"{path}.Location", type) is not { } location)
        {
            invalid = Drop(path, locationHash, type, "no Location.CodeLocation");
            return false;
        }

        invalid = null;
        configuration = new InstrumentationConfiguration(
            type,
            SignalType.Snapshot,
            locationHash,
            reader.Timestamp(fields["CreatedAt"], $"{path}.CreatedAt"),
            ReadExpiry(reader, fields["ExpiresAt"], $"{path}.ExpiresAt", type),
            location,
            ReadCapture(reader, fields["CaptureConfiguration"], $"{path}.CaptureConfiguration", type));
        return true;
    }

    private static CodeLocation? ReadCodeLocation(FieldReader reader, JsonElement value, string path, InstrumentationType type)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var codeLocation = JsonFields.Read(value, s_locationFields)["CodeLocation"];
        if (codeLocation.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        path += ".CodeLocation";
        var fields = JsonFields.Read(codeLocation, s_codeLocationFields);
        var lineNumber = reader.Integer(fields["LineNumber"], $"{path}.LineNumber", s_lineNumberRange);
        if (type == InstrumentationType.Probe && lineNumber > 0)
        {
            reader.Report(ConfigurationIssue.ValueIgnored, $"{path}.LineNumber", $"a PROBE is method-level; line {lineNumber} ignored");
            lineNumber = 0;
        }

        return new CodeLocation(
            reader.String(fields["Language"], $"{path}.Language") ?? "",
            reader.String(fields["CodeUnit"], $"{path}.CodeUnit") ?? "",
            reader.String(fields["ClassName"], $"{path}.ClassName") ?? "",
            reader.String(fields["MethodName"], $"{path}.MethodName") ?? "",
            reader.String(fields["FilePath"], $"{path}.FilePath") ?? "",
            lineNumber);
    }

    private static DateTimeOffset? ReadExpiry(FieldReader reader, JsonElement value, string path, InstrumentationType type)
    {
        if (type == InstrumentationType.Breakpoint)
        {
            return reader.Timestamp(value, path);
        }

        if (!FieldReader.IsAbsent(value))
        {
            reader.Report(ConfigurationIssue.ValueIgnored, path, "a PROBE is permanent; expiry ignored");
        }

        return null;
    }

    private static CodeCapture ReadCapture(FieldReader reader, JsonElement value, string path, InstrumentationType type)
    {
        var codeCapture = ObjectOrNull(reader, value, path) is { } captureConfiguration
            ? ObjectOrNull(reader, JsonFields.Read(captureConfiguration, s_captureConfigurationFields)["CodeCapture"], $"{path}.CodeCapture")
            : null;
        path += ".CodeCapture";
        if (codeCapture is not { } capture)
        {
            return new CodeCapture(CaptureSelection.None, CaptureSelection.None, false, false, DefaultLimits(type));
        }

        var fields = JsonFields.Read(capture, s_codeCaptureFields);
        return new CodeCapture(
            reader.Selection(fields["CaptureArguments"], $"{path}.CaptureArguments"),
            reader.Selection(fields["CaptureLocals"], $"{path}.CaptureLocals"),
            reader.Boolean(fields["CaptureReturn"], $"{path}.CaptureReturn", defaultValue: false),
            reader.Boolean(fields["CaptureStackTrace"], $"{path}.CaptureStackTrace", defaultValue: false),
            ReadLimits(reader, fields["CaptureLimits"], $"{path}.CaptureLimits", type));
    }

    private static CodeCaptureLimits ReadLimits(FieldReader reader, JsonElement value, string path, InstrumentationType type)
    {
        if (ObjectOrNull(reader, value, path) is not { } limits)
        {
            return DefaultLimits(type);
        }

        var fields = JsonFields.Read(limits, s_limitFields);
        int Limit(string name, LimitRange range) => reader.Integer(fields[name], $"{path}.{name}", range);

        return new CodeCaptureLimits(
            ReadMaxHits(reader, fields["MaxHits"], $"{path}.MaxHits", type),
            Limit("MaxStringLength", CodeCaptureLimits.Ranges.MaxStringLength),
            Limit("MaxCollectionWidth", CodeCaptureLimits.Ranges.MaxCollectionWidth),
            Limit("MaxCollectionDepth", CodeCaptureLimits.Ranges.MaxCollectionDepth),
            Limit("MaxObjectDepth", CodeCaptureLimits.Ranges.MaxObjectDepth),
            Limit("MaxFieldsPerObject", CodeCaptureLimits.Ranges.MaxFieldsPerObject),
            Limit("MaxStackFrames", CodeCaptureLimits.Ranges.MaxStackFrames),
            Limit("MaxStackTraceSize", CodeCaptureLimits.Ranges.MaxStackTraceSize));
    }

    private static int? ReadMaxHits(FieldReader reader, JsonElement value, string path, InstrumentationType type)
    {
        if (type == InstrumentationType.Breakpoint)
        {
            return reader.Integer(value, path, CodeCaptureLimits.Ranges.MaxHits);
        }

        if (!FieldReader.IsAbsent(value))
        {
            reader.Report(ConfigurationIssue.ValueIgnored, path, "a PROBE is permanent; hit limit ignored");
        }

        return null;
    }

    private static CodeCaptureLimits DefaultLimits(InstrumentationType type) =>
        type == InstrumentationType.Breakpoint ? CodeCaptureLimits.BreakpointDefaults : CodeCaptureLimits.ProbeDefaults;

    private static JsonElement? ObjectOrNull(FieldReader reader, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        if (!FieldReader.IsAbsent(value))
        {
            reader.Report(ConfigurationIssue.WrongType, path, $"expected an object, got {value.ValueKind}; using the defaults");
        }

        return null;
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private InvalidConfiguration Drop(string path, string? locationHash, InstrumentationType? type, string reason)
    {
        sink.Report(ConfigurationIssue.ConfigurationDropped, locationHash, path, reason);
        return new InvalidConfiguration(locationHash, type, reason);
    }
}
