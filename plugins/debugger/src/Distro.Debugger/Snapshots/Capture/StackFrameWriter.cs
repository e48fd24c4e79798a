using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Distro.Hooks;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>
/// Writes stack frames as <c>[{"function","file_path","line_number"}]</c>, leaving out the frames of the
/// instrumentation itself so the probed method comes first.
/// </summary>
internal static class StackFrameWriter
{
    private static readonly Assembly s_hooks = typeof(ProbeHooks).Assembly;
    private static readonly Assembly s_debugger = typeof(StackFrameWriter).Assembly;

    /// <summary>The current thread's stack from the probed method outwards.</summary>
    public static void WriteCallStack(Utf8JsonWriter writer, int maxFrames)
    {
        writer.WriteStartArray();
        var written = 0;
        foreach (var frame in UserFrames(new StackTrace(fNeedFileInfo: true)))
        {
            if (written++ >= maxFrames)
            {
                break;
            }

            WriteFrame(writer, frame);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Where an exception came from: its own frames (from the throwing frame to the probed method), then, when
    /// <paramref name="probedMethod"/> is still on the current thread's stack (the exception is escaping right now),
    /// the frames of the callers above it.
    /// </summary>
    public static void WriteExceptionStack(Utf8JsonWriter writer, Exception exception, MethodBase? probedMethod, int maxFrames)
    {
        writer.WriteStartArray();
        var written = 0;
        foreach (var frame in UserFrames(new StackTrace(exception, fNeedFileInfo: true)))
        {
            if (written++ >= maxFrames)
            {
                writer.WriteEndArray();
                return;
            }

            WriteFrame(writer, frame);
        }

        if (probedMethod is not null)
        {
            foreach (var frame in CallersOf(probedMethod))
            {
                if (written++ >= maxFrames)
                {
                    break;
                }

                WriteFrame(writer, frame);
            }
        }

        writer.WriteEndArray();
    }

    public static string FunctionName(MethodBase method) =>
        method.DeclaringType is { } type ? $"{type.FullName}.{method.Name}" : method.Name;

    private static IEnumerable<StackFrame> UserFrames(StackTrace trace) =>
        trace.GetFrames().Where(frame => frame.GetMethod() is { } method && !IsInstrumentation(method));

    /// <summary>The frames above <paramref name="probedMethod"/> on the current stack; none when it is not there.</summary>
    private static IEnumerable<StackFrame> CallersOf(MethodBase probedMethod)
    {
        var frames = new StackTrace(fNeedFileInfo: true).GetFrames();
        var index = Array.FindIndex(frames, frame => frame.GetMethod() is { } method && IsSameMethod(method, probedMethod));
        return index < 0 ? [] : frames.Skip(index + 1).Where(frame => frame.GetMethod() is { } method && !IsInstrumentation(method));
    }

    private static bool IsSameMethod(MethodBase left, MethodBase right) =>
        left.MetadataToken == right.MetadataToken && left.Module == right.Module;

    private static bool IsInstrumentation(MethodBase method) =>
        method.DeclaringType?.Assembly is { } assembly && (assembly == s_hooks || assembly == s_debugger);

    private static void WriteFrame(Utf8JsonWriter writer, StackFrame frame)
    {
        writer.WriteStartObject();
        writer.WriteString("function", FunctionName(frame.GetMethod()!));
        if (frame.GetFileName() is { Length: > 0 } file)
        {
            writer.WriteString("file_path", file);
        }

        if (frame.GetFileLineNumber() is > 0 and var line)
        {
            writer.WriteNumber("line_number", line);
        }

        writer.WriteEndObject();
    }
}
