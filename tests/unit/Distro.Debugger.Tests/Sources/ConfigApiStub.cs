using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Distro.Debugger.Tests.Sources;

/// <summary>
/// A small config API on 127.0.0.1 for the tests: records every request and answers as <see cref="Responder"/> says,
/// including the ways a real one fails (errors, hangs, dropped connections, endless bodies). It speaks just enough
/// HTTP/1.1 over raw sockets, one request per connection, so that it can fail the way a server process does.
/// </summary>
internal sealed class ConfigApiStub : IAsyncDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private readonly Task _serving;
    private long _bytesWritten;
    private int _hugeAnswersEnded;

    private ConfigApiStub()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        // Started here rather than on the thread pool, so the first accept is pending before anyone can stop the listener.
        _serving = ServeAsync();
    }

    public Uri Url { get; }

    public Func<StubRequest, StubResponse> Responder { get; set; } = _ => StubResponse.NotFound;

    public IReadOnlyList<StubRequest> Requests => [.. _requests];

    /// <summary>Bytes of <see cref="StubResponse.Huge"/> bodies that the client accepted before it hung up.</summary>
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    public int HugeAnswersEnded => Volatile.Read(ref _hugeAnswersEnded);

    public IReadOnlyList<StubRequest> ListRequests(string type) => [.. _requests.Where(request => request.IsList && request.Type == type)];

    public IReadOnlyList<StubRequest> StatusReports => [.. _requests.Where(request => request.IsStatusReport)];

    public static ConfigApiStub Start() => new();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _serving;
        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }
            catch (InvalidOperationException) when (_stopping.IsCancellationRequested)
            {
                // Stopped between the loop's check and the next accept.
                return;
            }

            _ = Task.Run(() => AnswerAsync(connection));
        }
    }

    private async Task AnswerAsync(Socket connection)
    {
        using var stream = new NetworkStream(connection, ownsSocket: true);
        try
        {
            var request = await ReadRequestAsync(stream);
            _requests.Enqueue(request);
            await RespondAsync(stream, Responder(request));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client hung up, or the stub stopped.
        }
    }

    private async Task<StubRequest> ReadRequestAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, _stopping.Token) == 0)
            {
                throw new IOException("the client closed the connection before its request was complete");
            }

            head.Append((char)one[0]);
        }

        var lines = head.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = new byte[int.Parse(headers.GetValueOrDefault("Content-Length", "0"), CultureInfo.InvariantCulture)];
        await stream.ReadExactlyAsync(body, _stopping.Token);
        var path = lines[0].Split(' ')[1];
        return new StubRequest(path, Encoding.UTF8.GetString(body), headers);
    }

    private async Task RespondAsync(NetworkStream stream, StubResponse answer)
    {
        switch (answer)
        {
            case StubResponse.Status status:
                await WriteAsync(stream, Head(status.Code, "Content-Length: 0"));
                break;
            case StubResponse.Body body:
                var bytes = Encoding.UTF8.GetBytes(body.Text);
                await WriteAsync(stream, Head(body.Code, $"Content-Type: application/json\r\nContent-Length: {bytes.Length}"));
                await WriteAsync(stream, bytes);
                break;
            case StubResponse.Hanging:
                await Task.Delay(Timeout.Infinite, _stopping.Token);
                break;
            case StubResponse.Closing:
                break;
            case StubResponse.Huge huge:
                await WriteHugeAsync(stream, huge);
                break;
        }
    }

    private async Task WriteHugeAsync(NetworkStream stream, StubResponse.Huge huge)
    {
        try
        {
            var framing = huge.AnnounceLength ? $"Content-Length: {huge.Length}" : "Transfer-Encoding: chunked";
            await WriteAsync(stream, Head(200, $"Content-Type: application/json\r\n{framing}"));
            var chunk = Encoding.ASCII.GetBytes(new string(' ', ChunkBytes));
            for (long written = 0; written < huge.Length; written += chunk.Length)
            {
                var size = (int)Math.Min(chunk.Length, huge.Length - written);
                if (!huge.AnnounceLength)
                {
                    await WriteAsync(stream, Encoding.ASCII.GetBytes($"{size:x}\r\n"));
                }

                await WriteAsync(stream, chunk.AsMemory(0, size));
                if (!huge.AnnounceLength)
                {
                    await WriteAsync(stream, "\r\n"u8.ToArray());
                }

                Interlocked.Add(ref _bytesWritten, size);
            }
        }
        finally
        {
            Interlocked.Increment(ref _hugeAnswersEnded);
        }
    }

    private static byte[] Head(int code, string headers) =>
        Encoding.ASCII.GetBytes($"HTTP/1.1 {code} {(HttpStatusCode)code}\r\n{headers}\r\nConnection: close\r\n\r\n");

    private Task WriteAsync(NetworkStream stream, ReadOnlyMemory<byte> bytes) => stream.WriteAsync(bytes, _stopping.Token).AsTask();
}
