using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Distro.Debugger.Snapshots.Serialization;
using Distro.Debugger.Snapshots.Serialization.Redaction;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

/// <summary>Runs the serializer into a string, as a snapshot would, with readable (unescaped) type names.</summary>
internal static class Capture
{
    // Long enough never to run out on a loaded CI machine; budget tests pass their own.
    private static readonly TimeSpan s_generousBudget = TimeSpan.FromMinutes(5);

    public static string Json(
        object? value,
        Type? declaredType = null,
        string? name = null,
        CaptureLimits? limits = null,
        RedactionPolicy? redaction = null,
        CaptureBudget? budget = null) =>
        Write(writer => Serializer(limits, redaction).WriteValue(writer, name, value, declaredType, budget ?? GenerousBudget()));

    public static string NamedValuesJson(NamedValue[] values, CaptureLimits? limits = null, CaptureBudget? budget = null) =>
        Write(writer => Serializer(limits, null).WriteNamedValues(writer, values, budget ?? GenerousBudget()));

    public static JsonElement Element(object? value, Type? declaredType = null, string? name = null, CaptureLimits? limits = null, RedactionPolicy? redaction = null)
    {
        using var document = JsonDocument.Parse(Json(value, declaredType, name, limits, redaction));
        return document.RootElement.Clone();
    }

    public static CaptureBudget GenerousBudget() => CaptureBudget.Start(s_generousBudget);

    public static ValueSerializer Serializer(CaptureLimits? limits = null, RedactionPolicy? redaction = null) =>
        new(limits ?? CaptureLimits.Default, redaction ?? RedactionPolicy.Default);

    public static Utf8JsonWriter Writer(IBufferWriter<byte> output) =>
        new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = Writer(output))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
