using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>A JSON writer over a growable buffer, for the pieces of a snapshot body.</summary>
internal sealed class SnapshotJson : IDisposable
{
    private static readonly JsonWriterOptions s_options = new()
    {
        // The body is JSON text inside a log record, never HTML: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> _buffer;

    public SnapshotJson(int initialCapacity = 1024)
    {
        _buffer = new ArrayBufferWriter<byte>(initialCapacity);
        Writer = new Utf8JsonWriter(_buffer, s_options);
    }

    public Utf8JsonWriter Writer { get; }

    public byte[] ToArray()
    {
        Writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    public void Dispose() => Writer.Dispose();
}
