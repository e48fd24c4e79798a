using System.Reflection;
using System.Text.Json;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization;

// Values written without recursion: scalars, names, and the values whose content is absent.
internal ref partial struct CaptureWalker
{
    private readonly void WriteScalar(TypeMetadata metadata, JsonEncodedText typeName, object value)
    {
        _writer.WriteStartObject();
        _writer.WriteString(CapturedValueProperties.Type, typeName);
        try
        {
            ScalarWriter.WriteValue(_writer, metadata, value, _limits.MaxStringLength);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Only a StringBuilder changed by another thread throws here, before any value is written.
            WriteErrorProperties(metadata.Type, e);
        }

        _writer.WriteEndObject();
    }

    /// <summary>A delegate's target method, or the name of a type, member, assembly or module: never invokes anything.</summary>
    private readonly void WriteName(TypeMetadata metadata, JsonEncodedText typeName, object value)
    {
        string? name;
        try
        {
            name = value switch
            {
                Delegate d => MemberName(d.Method),
                Type t => TypeNameFormatter.Format(t),
                MemberInfo m => MemberName(m),
                Assembly a => a.FullName,
                _ => ((Module)value).Name,
            };
        }
        catch (Exception e)
        {
            WriteError(typeName, metadata.Type, e);
            return;
        }

        _writer.WriteStartObject();
        _writer.WriteString(CapturedValueProperties.Type, typeName);
        if (name is null)
        {
            _writer.WriteBoolean(CapturedValueProperties.IsNull, true);
        }
        else
        {
            TextValue.Write(_writer, name, _limits.MaxStringLength);
        }

        _writer.WriteEndObject();
    }

    private static string MemberName(MemberInfo member) =>
        member.DeclaringType is { } declaring ? $"{TypeMetadataCache.Get(declaring).DisplayName}.{member.Name}" : member.Name;

    private readonly void WriteNull(JsonEncodedText typeName, bool redacted)
    {
        if (redacted)
        {
            WriteNotCaptured(typeName, NotCapturedReason.Redacted);
            return;
        }

        _writer.WriteStartObject();
        _writer.WriteString(CapturedValueProperties.Type, typeName);
        _writer.WriteBoolean(CapturedValueProperties.IsNull, true);
        _writer.WriteEndObject();
    }

    private readonly void WriteNotCaptured(JsonEncodedText typeName, NotCapturedReason reason)
    {
        _writer.WriteStartObject();
        _writer.WriteString(CapturedValueProperties.Type, typeName);
        _writer.WriteString(CapturedValueProperties.NotCapturedReason, reason.ToJson());
        _writer.WriteEndObject();
    }

    /// <summary>Native state or framework plumbing: the type alone says what it is.</summary>
    private readonly void WriteTypeOnly(JsonEncodedText typeName)
    {
        _writer.WriteStartObject();
        _writer.WriteString(CapturedValueProperties.Type, typeName);
        _writer.WriteEndObject();
    }

    private readonly void WriteError(JsonEncodedText typeName, Type valueType, Exception error)
    {
        _writer.WriteStartObject();
        _writer.WriteString(CapturedValueProperties.Type, typeName);
        WriteErrorProperties(valueType, error);
        _writer.WriteEndObject();
    }

    private readonly void WriteError(JsonEncodedText typeName, string? errorType)
    {
        _writer.WriteStartObject();
        _writer.WriteString(CapturedValueProperties.Type, typeName);
        _writer.WriteString(CapturedValueProperties.NotCapturedReason, NotCapturedReason.Error.ToJson());
        if (errorType is not null)
        {
            _writer.WriteString(CapturedValueProperties.Error, errorType);
        }

        _writer.WriteEndObject();
    }

    /// <summary>The exception's type only: its message getter could be user code.</summary>
    private readonly void WriteErrorProperties(Type valueType, Exception error)
    {
        DebuggerEventSource.Log.ValueReadFailed(valueType, error);
        _writer.WriteString(CapturedValueProperties.NotCapturedReason, NotCapturedReason.Error.ToJson());
        _writer.WriteString(CapturedValueProperties.Error, error.GetType().FullName);
    }
}
