namespace Distro.Debugger.Configuration;

/// <summary>The config API's spelling of the enums. Parsing is case-insensitive and ignores surrounding spaces.</summary>
internal static class WireNames
{
    public static string Of(InstrumentationType type) => type switch
    {
        InstrumentationType.Probe => "PROBE",
        InstrumentationType.Breakpoint => "BREAKPOINT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(SignalType signal) => signal switch
    {
        SignalType.Snapshot => "SNAPSHOT",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, null),
    };

    public static string Of(InstrumentationStatus status) => status switch
    {
        InstrumentationStatus.Ready => "READY",
        InstrumentationStatus.Active => "ACTIVE",
        InstrumentationStatus.Disabled => "DISABLED",
        InstrumentationStatus.Error => "ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(ErrorCause cause) => cause switch
    {
        ErrorCause.FileNotFound => "FILE_NOT_FOUND",
        ErrorCause.MethodNotFound => "METHOD_NOT_FOUND",
        ErrorCause.LineNotExecutable => "LINE_NOT_EXECUTABLE",
        ErrorCause.OverloadedMethods => "OVERLOADED_METHODS",
        ErrorCause.LanguageMismatch => "LANGUAGE_MISMATCH",
        ErrorCause.RuntimeError => "RUNTIME_ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    public static bool TryParse(string? text, out InstrumentationType type)
    {
        foreach (var candidate in (ReadOnlySpan<InstrumentationType>)[InstrumentationType.Probe, InstrumentationType.Breakpoint])
        {
            if (Matches(text, Of(candidate)))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static bool TryParse(string? text, out SignalType signal)
    {
        signal = SignalType.Snapshot;
        return Matches(text, Of(SignalType.Snapshot));
    }

    private static bool Matches(string? text, string wireName) =>
        text is not null && text.AsSpan().Trim().Equals(wireName, StringComparison.OrdinalIgnoreCase);
}
