using System.Runtime.CompilerServices;
using System.Text.Json;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Snapshots.Serialization.Metadata;
using Distro.Debugger.Snapshots.Serialization.Redaction;
using Distro.Hooks;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// Writes one or more captured values of a snapshot, recursing through fields, elements and entries within the
/// limits. Reads always finish before the JSON they feed is started, so a failed read becomes an <c>error</c>
/// value and the document stays well formed.
/// </summary>
internal ref partial struct CaptureWalker
{
    // Utf8JsonWriter's own default; each captured level takes two JSON levels (the value and its container).
    private const int DefaultWriterMaxDepth = 1000;
    private const int ReservedWriterDepth = 8;

    private static readonly JsonEncodedText s_objectTypeName = JsonEncodedText.Encode("System.Object");

    private readonly Utf8JsonWriter _writer;
    private readonly CaptureBudget _budget;
    private readonly CaptureLimits _limits;
    private readonly RedactionPolicy _redaction;
    private readonly int _maxWriterDepth;

    // The reference-type values being written on the current path: a value met again on it is a cycle.
    private readonly object?[] _path;
    private int _pathLength;

    public CaptureWalker(Utf8JsonWriter writer, CaptureBudget budget, CaptureLimits limits, RedactionPolicy redaction)
    {
        _writer = writer;
        _budget = budget;
        _limits = limits;
        _redaction = redaction;
        _maxWriterDepth = (writer.Options.MaxDepth == 0 ? DefaultWriterMaxDepth : writer.Options.MaxDepth) - ReservedWriterDepth;
        var pathCapacity = (long)Math.Max(0, limits.MaxObjectDepth) + Math.Max(0, limits.MaxCollectionDepth) + 1;
        _path = new object?[Math.Min(pathCapacity, _maxWriterDepth / 2 + 1)];
        _pathLength = 0;
    }

    /// <summary>Writes a captured variable; its name decides redaction.</summary>
    public void WriteRoot(string? name, object? value, Type? declaredType) =>
        WriteValue(value, declaredType, name is not null && _redaction.IsRedactedIdentifier(name), depth: 0, collectionDepth: 0);

    // valueMetadata: the metadata of the value's type when the caller knows it already.
    private void WriteValue(object? value, Type? declaredType, bool redacted, int depth, int collectionDepth, TypeMetadata? valueMetadata = null)
    {
        if (declaredType is { IsByRef: true })
        {
            declaredType = declaredType.GetElementType();
        }

        if (_budget.ShouldStop())
        {
            WriteTimeout(value, declaredType);
            return;
        }

        if (value is UncapturedValue marker)
        {
            WriteNotCaptured(NameOf(declaredType), ReasonFor(marker.Reason));
            return;
        }

        if (value is null)
        {
            WriteNull(NameOf(declaredType), redacted);
            return;
        }

        var runtimeType = value.GetType();
        var metadata = valueMetadata is not null && valueMetadata.Type == runtimeType ? valueMetadata : TypeMetadataCache.Get(runtimeType);
        var naming = NamingMetadata(metadata, declaredType);
        var typeName = naming.EncodedName;
        if (redacted || metadata.IsRedactedBy(_redaction))
        {
            WriteNotCaptured(typeName, NotCapturedReason.Redacted);
            return;
        }

        switch (metadata.Kind)
        {
            case ValueKind.Scalar:
                if (!ReferenceEquals(naming, metadata) || !ScalarWriter.TryWriteWholeValue(_writer, metadata, value))
                {
                    WriteScalar(metadata, typeName, value);
                }

                break;
            case ValueKind.Members:
                WriteMembers(metadata, typeName, value, depth, collectionDepth);
                break;
            case ValueKind.Elements:
            case ValueKind.Entries:
            case ValueKind.Wrapper:
                WriteCollection(metadata, typeName, value, depth, collectionDepth);
                break;
            case ValueKind.Delegate:
            case ValueKind.ReflectionName:
                WriteName(metadata, typeName, value);
                break;
            case ValueKind.NotEnumerable:
                WriteNotCaptured(typeName, NotCapturedReason.NotEnumerable);
                break;
            case ValueKind.Pointer:
                // A boxed System.Reflection.Pointer says less than the pointer type it was declared with.
                WriteNotCaptured(declaredType is { IsPointer: true } ? NameOf(declaredType) : typeName, NotCapturedReason.Pointer);
                break;
            case ValueKind.Unreadable:
                WriteError(typeName, metadata.FailureType);
                break;
            default:
                WriteTypeOnly(typeName);
                break;
        }
    }

    private static JsonEncodedText NameOf(Type? declaredType) =>
        declaredType is null ? s_objectTypeName : TypeMetadataCache.Get(declaredType).EncodedName;

    /// <summary>
    /// The runtime type names a value, except that a boxed T declared as Nullable&lt;T&gt; keeps the nullable's name
    /// (boxing loses it: a null Nullable is a null reference, a non-null one a boxed T).
    /// </summary>
    private static TypeMetadata NamingMetadata(TypeMetadata metadata, Type? declaredType) =>
        declaredType is not null && declaredType != metadata.Type && Nullable.GetUnderlyingType(declaredType) == metadata.Type
            ? TypeMetadataCache.Get(declaredType)
            : metadata;

    private static NotCapturedReason ReasonFor(UncapturedReason reason) => reason switch
    {
        UncapturedReason.ByRefLike => NotCapturedReason.ByRefLike,
        UncapturedReason.Pointer => NotCapturedReason.Pointer,
        UncapturedReason.NotYetAssigned => NotCapturedReason.Unassigned,
        UncapturedReason.UninitializedInstance => NotCapturedReason.Uninitialized,
        UncapturedReason.NullReference => NotCapturedReason.NullReference,
        _ => NotCapturedReason.Error,
    };

    /// <summary>Whether one more level fits in the JSON writer and on the stack, whatever the configured limits.</summary>
    private readonly bool CanNest() => _writer.CurrentDepth < _maxWriterDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack();

    private readonly bool IsOnPath(object value)
    {
        for (var i = 0; i < _pathLength; i++)
        {
            if (ReferenceEquals(_path[i], value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks depth, cycles and room before expanding a container; writes the reason it is not expanded.</summary>
    private bool TryEnter(JsonEncodedText typeName, object value, bool isValueType, bool depthReached)
    {
        if (depthReached || !CanNest() || (!isValueType && _pathLength == _path.Length))
        {
            WriteNotCaptured(typeName, NotCapturedReason.Depth);
            return false;
        }

        if (!isValueType && IsOnPath(value))
        {
            WriteNotCaptured(typeName, NotCapturedReason.Cycle);
            return false;
        }

        if (!isValueType)
        {
            _path[_pathLength++] = value;
        }

        return true;
    }

    private void Leave(bool isValueType)
    {
        if (!isValueType)
        {
            _path[--_pathLength] = null;
        }
    }

    private void WriteTimeout(object? value, Type? declaredType)
    {
        if (_budget.TryMarkExhaustionReported())
        {
            DebuggerEventSource.Log.CaptureBudgetExhausted(_budget.Budget);
        }

        var typeName = value is null or UncapturedValue
            ? NameOf(declaredType)
            : NamingMetadata(TypeMetadataCache.Get(value.GetType()), declaredType).EncodedName;
        WriteNotCaptured(typeName, NotCapturedReason.Timeout);
    }
}
