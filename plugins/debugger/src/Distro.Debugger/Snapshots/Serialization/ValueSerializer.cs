using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization.Redaction;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// Writes captured values (DESIGN.md section 3) straight into a JSON writer, on the application's thread.
/// Never runs user code: fields are read by reflection, only allow-listed BCL collections are enumerated, and
/// no getter, ToString, Equals or GetHashCode of a user type is called. Problems with a value become
/// <c>not_captured_reason</c> values; an exception escapes only from the writer itself (a caller's misuse),
/// and then the caller must drop the document. Thread-safe; holds no values between calls.
/// </summary>
internal sealed class ValueSerializer(CaptureLimits limits, RedactionPolicy redaction)
{
    private readonly RedactionPolicy _redaction = redaction ?? throw new ArgumentNullException(nameof(redaction));

    /// <summary>The limits values are written with; <see cref="CaptureLimits.SnapshotTimeBudget"/> starts each snapshot's budget.</summary>
    public CaptureLimits Limits { get; } = limits ?? throw new ArgumentNullException(nameof(limits));

    /// <summary>
    /// Writes one captured value (the JSON object only; the caller writes its property name).
    /// <paramref name="name"/> (argument, local or field name, or null) decides redaction;
    /// <paramref name="declaredType"/> names a null value and keeps Nullable&lt;T&gt; in the type name.
    /// </summary>
    public void WriteValue(Utf8JsonWriter writer, string? name, object? value, Type? declaredType, CaptureBudget budget)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(budget);
        new CaptureWalker(writer, budget, Limits, _redaction).WriteRoot(name, value, declaredType);
    }

    /// <summary>Writes <c>{"name": CV, ...}</c> for named values, such as a method's arguments or locals.</summary>
    public void WriteNamedValues(Utf8JsonWriter writer, ReadOnlySpan<NamedValue> values, CaptureBudget budget)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(budget);
        var walker = new CaptureWalker(writer, budget, Limits, _redaction);
        writer.WriteStartObject();
        foreach (ref readonly var value in values)
        {
            writer.WritePropertyName(value.Name);
            walker.WriteRoot(value.Name, value.Value, value.DeclaredType);
        }

        writer.WriteEndObject();
    }
}
