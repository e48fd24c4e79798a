namespace Distro.Debugger.Configuration;

/// <summary>One instrumentation configuration as served by the config API or a local probe file, normalized and clamped.</summary>
/// <remarks>
/// <para><c>CreatedAt</c>: When the operator created this version; null when the source gave none or an unreadable one.</para>
/// <para><c>ExpiresAt</c>: When a BREAKPOINT stops; always null for a PROBE, which is permanent.</para>
/// </remarks>
internal sealed record InstrumentationConfiguration(
    InstrumentationType Type,
    SignalType Signal,
    string LocationHash,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? ExpiresAt,
    CodeLocation Location,
    CodeCapture Capture)
{
    public ConfigurationIdentity Identity => new(Type, LocationHash);

    /// <summary>The location names a language other than .NET's: kept so the caller can report ERROR LANGUAGE_MISMATCH.</summary>
    public bool IsLanguageMismatch => !DotnetLanguages.Accepts(Location.Language);

    /// <summary>
    /// The contract's "unchanged": same location hash and same creation time. Any edit of a configuration is
    /// re-stamped by the config API, so the other fields need not be compared.
    /// </summary>
    public bool IsSameVersionAs(InstrumentationConfiguration other) =>
        string.Equals(LocationHash, other.LocationHash, StringComparison.Ordinal) && CreatedAt == other.CreatedAt;

    public bool IsExpiredAt(DateTimeOffset now) =>
        Type == InstrumentationType.Breakpoint && ExpiresAt is { } expiresAt && expiresAt <= now;
}
