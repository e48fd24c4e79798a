using System.Reflection;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>Writes <c>{"type","message","stacktrace":[frames]}</c> for an exception, without running user code.</summary>
internal static class ThrowableWriter
{
    public static void Write(Utf8JsonWriter writer, Exception exception, MethodBase? escapingFrom, int maxFrames)
    {
        writer.WriteStartObject();
        writer.WriteString("type", TypeNameFormatter.Format(exception.GetType()));
        if (ExceptionMessages.Read(exception) is { } message)
        {
            writer.WriteString("message", message);
        }

        writer.WritePropertyName("stacktrace");
        StackFrameWriter.WriteExceptionStack(writer, exception, escapingFrom, maxFrames);
        writer.WriteEndObject();
    }
}
