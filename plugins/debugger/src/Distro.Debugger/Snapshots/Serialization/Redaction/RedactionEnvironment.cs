namespace Distro.Debugger.Snapshots.Serialization.Redaction;

/// <summary>What the environment adds to or removes from the redaction defaults.</summary>
internal sealed record RedactionSettings(
    IReadOnlyList<string> AddedIdentifiers,
    IReadOnlyList<string> ExcludedIdentifiers,
    IReadOnlyList<string> RedactedTypes);

/// <summary>Reads the redaction variables through a reader, so that tests never touch the process environment.</summary>
internal static class RedactionEnvironment
{
    public const string RedactedIdentifiersVariable = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_REDACTED_IDENTIFIERS";
    public const string ExcludedIdentifiersVariable = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_REDACTION_EXCLUDED_IDENTIFIERS";
    public const string RedactedTypesVariable = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_REDACTED_TYPES";

    public static RedactionSettings Read(Func<string, string?> readVariable)
    {
        ArgumentNullException.ThrowIfNull(readVariable);
        return new RedactionSettings(
            SplitList(readVariable(RedactedIdentifiersVariable)),
            SplitList(readVariable(ExcludedIdentifiersVariable)),
            SplitList(readVariable(RedactedTypesVariable)));
    }

    private static string[] SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
