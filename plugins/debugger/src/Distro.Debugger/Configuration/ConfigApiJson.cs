using System.Text.Encodings.Web;
using System.Text.Json;

namespace Distro.Debugger.Configuration;

/// <summary>How request bodies to the config API are written: compact UTF-8, non-ASCII names kept readable.</summary>
internal static class ConfigApiJson
{
    // Bodies go to an HTTP API, never into HTML, so HTML-sensitive characters need no escaping.
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}
