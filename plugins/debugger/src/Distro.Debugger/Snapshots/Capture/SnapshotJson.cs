using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>
/// A JSON writer over a growable buffer, for a snapshot body. Each thread keeps the buffer of its last body for the
/// next one: growing a fresh buffer for every body allocated several times the snapshot's own size. A body started
/// while another is open on the same thread (a probed method called by a probed method) gets a buffer of its own,
/// and a buffer that grew past <see cref="MaxRetainedBytes"/> is not kept.
/// </summary>
internal sealed class SnapshotJson : IDisposable
{
    private const int MaxRetainedBytes = 32 * 1024;

    private static readonly JsonWriterOptions s_options = new()
    {
        // The body is JSON text inside a log record, never HTML: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static Buffers? s_retainedOnThread;

    private readonly Buffers _buffers;

    public SnapshotJson(int initialCapacity = 1024)
    {
        _buffers = s_retainedOnThread ?? new Buffers(initialCapacity);
        s_retainedOnThread = null;
    }

    public Utf8JsonWriter Writer => _buffers.Writer;

    public byte[] ToArray()
    {
        Writer.Flush();
        var written = _buffers.Output.WrittenSpan;

        // Every byte is overwritten at once: zeroing a body of kilobytes first would cost as much as the copy.
        var copy = GC.AllocateUninitializedArray<byte>(written.Length);
        written.CopyTo(copy);
        return copy;
    }

    public void Dispose()
    {
        _buffers.Writer.Reset();
        _buffers.Output.ResetWrittenCount();
        if (s_retainedOnThread is null && _buffers.Output.Capacity <= MaxRetainedBytes)
        {
            s_retainedOnThread = _buffers;
        }
    }

    private sealed class Buffers
    {
        public Buffers(int initialCapacity)
        {
            Output = new ArrayBufferWriter<byte>(initialCapacity);
            Writer = new Utf8JsonWriter(Output, s_options);
        }

        public ArrayBufferWriter<byte> Output { get; }

        public Utf8JsonWriter Writer { get; }
    }
}
