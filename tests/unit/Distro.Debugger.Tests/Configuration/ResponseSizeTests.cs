using System.Text;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class ResponseSizeTests
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    [Fact]
    public void Parse_FiftyMegabyteResponse_IsRefused()
    {
        var bytes = new byte[FiftyMegabytes];
        Array.Fill(bytes, (byte)' ');

        var result = new ConfigurationParser().Parse(bytes);

        Assert.False(result.Succeeded);
        Assert.Equal("the response exceeds the limit of 10485760 bytes", result.FailureReason);
    }

    [Fact]
    public void Parse_ResponseAtTheConfiguredLimit_IsParsed()
    {
        var bytes = Encoding.UTF8.GetBytes(ConfigJson.Response(ConfigJson.Configuration()));

        Assert.True(new ConfigurationParser(bytes.Length).Parse(bytes).Succeeded);
        Assert.False(new ConfigurationParser(bytes.Length - 1).Parse(bytes).Succeeded);
    }

    [Fact]
    public void Constructor_NonPositiveLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfigurationParser(0));
    }

    [Fact]
    public async Task ParseAsync_StreamOfFiftyMegabytes_IsRefusedAfterReadingLittleMoreThanTheLimit()
    {
        var stream = new EndlessWhitespaceStream(FiftyMegabytes);

        var result = await new ConfigurationParser(1024 * 1024).ParseAsync(stream, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("the response exceeds the limit of 1048576 bytes", result.FailureReason);
        Assert.InRange(stream.BytesRead, 1024 * 1024 + 1, 2 * 1024 * 1024);
    }

    [Fact]
    public async Task ParseAsync_SeekableStreamOverTheLimit_IsRefusedWithoutReading()
    {
        using var stream = new MemoryStream(new byte[FiftyMegabytes]);

        var result = await new ConfigurationParser().ParseAsync(stream, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task ParseAsync_ResponseStream_IsParsed()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ConfigJson.Response(ConfigJson.DesignExample)));

        var result = await new ConfigurationParser().ParseAsync(stream, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("h-123", Assert.Single(result.Configurations).LocationHash);
    }

    [Fact]
    public async Task ParseAsync_FailingStream_FailsWithMessage()
    {
        var result = await new ConfigurationParser().ParseAsync(new FailingStream(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("reading the response failed: connection reset", result.FailureReason);
    }

    [Fact]
    public async Task ParseAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new ConfigurationParser().ParseAsync(new EndlessWhitespaceStream(1024), cancellation.Token));
    }

    /// <summary>A non-seekable stream of spaces that counts what was read from it, like a response body.</summary>
    private sealed class EndlessWhitespaceStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            BytesRead += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = (int)Math.Min(buffer.Length, length - BytesRead);
            buffer.Span[..n].Fill((byte)' ');
            BytesRead += n;
            return ValueTask.FromResult(n);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("connection reset"));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
