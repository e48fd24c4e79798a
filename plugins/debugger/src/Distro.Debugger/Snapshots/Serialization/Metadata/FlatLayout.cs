using System.Collections.Immutable;
using System.Reflection;
using Distro.Debugger.Snapshots.Serialization.Flat;
using Distro.Debugger.Snapshots.Serialization.Redaction;
using Distro.Debugger.Snapshots.Serialization.Shapes;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>
/// The fields of a type whose every instance field holds values of one exact type that is written in one piece: a
/// fixed-size scalar (<see cref="TypeMetadata.WholeValuePrefix"/>) or a string. <see cref="FlatObjectWriter"/> writes
/// such an object as one raw JSON value from the pieces prepared here.
/// </summary>
internal sealed class FlatLayout
{
    private RedactionVerdict? _redaction;
    private LengthBound? _lengthBound;

    private FlatLayout(FlatField[] fields) => Fields = [.. fields];

    public ImmutableArray<FlatField> Fields { get; }

    /// <summary>The layout of <paramref name="metadata"/>'s type, or null when one of its fields holds anything else.</summary>
    public static FlatLayout? Of(TypeMetadata metadata)
    {
        if (metadata.Kind != ValueKind.Members || metadata.Members is not FieldsShape { Fields: { Count: > 0 } slots })
        {
            return null;
        }

        // Compiled readers pay off only for metadata that is kept.
        var compile = TypeMetadataCache.Contains(metadata.Type);
        var fields = new FlatField[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            if (slot.IsPointer || slot.ValueMetadata is not { Kind: ValueKind.Scalar } value || ValueOf(slot.Field, value, compile) is not { } flatValue)
            {
                return null;
            }

            fields[i] = new FlatField(slot, value, flatValue);
        }

        return new FlatLayout(fields);
    }

    /// <summary>Whether the policy redacts a field's name or its type, which the general path must then write.</summary>
    public bool HasRedactedFieldUnder(RedactionPolicy policy)
    {
        var verdict = _redaction;
        if (verdict is null || !ReferenceEquals(verdict.Policy, policy))
        {
            verdict = new RedactionVerdict(policy, Fields.Any(field => field.Slot.Name.IsRedactedBy(policy) || field.ValueMetadata.IsRedactedBy(policy)));
            _redaction = verdict;
        }

        return verdict.IsRedacted;
    }

    /// <summary>The most bytes the fields take, names included, strings cut at <paramref name="maxStringLength"/> characters.</summary>
    public long FieldsMaxLength(int maxStringLength)
    {
        var bound = _lengthBound;
        if (bound is null || bound.MaxStringLength != maxStringLength)
        {
            long bytes = 0;
            foreach (var field in Fields)
            {
                bytes += field.PropertyName.Length + 1 + field.Value.MaxLength(maxStringLength);
            }

            bound = new LengthBound(maxStringLength, bytes);
            _lengthBound = bound;
        }

        return bound.Bytes;
    }

    private static FlatValue? ValueOf(FieldInfo field, TypeMetadata metadata, bool compile)
    {
        if (metadata.Scalar == ScalarKind.String)
        {
            return new TextFlatValue(field, metadata, compile);
        }

        if (metadata.WholeValuePrefix is null)
        {
            return null;
        }

        return metadata.Scalar == ScalarKind.Boolean
            ? new BooleanFlatValue(field, metadata, compile)
            : (FlatValue?)Activator.CreateInstance(typeof(FormattableFlatValue<>).MakeGenericType(metadata.Type), field, metadata, compile);
    }

    // Only the last limit asked is remembered: probes mostly share the default limits, and another limit only costs a recount.
    private sealed record LengthBound(int MaxStringLength, long Bytes);
}
