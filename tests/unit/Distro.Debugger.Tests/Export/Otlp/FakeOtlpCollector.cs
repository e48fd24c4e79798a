using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Distro.Debugger.Tests.Export.Otlp;

/// <summary>
/// An OTLP/HTTP collector on 127.0.0.1 and a free port: HTTP/1.1 over a plain socket, answering every request with an
/// empty 200, or, when stalled, holding every request until <see cref="Release"/> (a slow or hung collector).
/// </summary>
internal sealed class FakeOtlpCollector : IDisposable
{
    private static readonly byte[] s_ok = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/x-protobuf\r\nContent-Length: 0\r\n\r\n");

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _accepting;
    private int _started;

    private FakeOtlpCollector(bool stalled)
    {
        if (!stalled)
        {
            _released.SetResult();
        }

        _listener.Start();
        _accepting = AcceptAsync();
    }

    public static FakeOtlpCollector Start() => new(stalled: false);

    public static FakeOtlpCollector StartStalled() => new(stalled: true);

    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/logs");

    /// <summary>Requests that have arrived in full, answered or not.</summary>
    public int RequestsStarted => Volatile.Read(ref _started);

    /// <summary>Requests that have arrived in full and were let through, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    public void Release() => _released.TrySetResult();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _ = Task.WaitAll([_accepting, .. _connections], TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _connections.Add(ServeAsync(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped by Dispose.
        }
        catch (InvalidOperationException) when (_stop.IsCancellationRequested)
        {
            // Stopped between the loop's check and the next accept.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        try
        {
            while (await ReadRequestAsync(stream) is { } request)
            {
                Interlocked.Increment(ref _started);
                await _released.Task.WaitAsync(_stop.Token);
                _requests.Enqueue(request);
                await stream.WriteAsync(s_ok, _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The client went away or the collector stopped.
        }
    }

    /// <returns>The next request on the connection, or null when the client closed it.</returns>
    private async Task<ReceivedRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var head = await ReadHeadAsync(stream);
        if (head is null)
        {
            return null;
        }

        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(static line => line.Split(':', 2))
            .ToDictionary(static parts => parts[0].Trim().ToLowerInvariant(), static parts => parts[1].Trim());
        var body = new byte[int.Parse(headers.GetValueOrDefault("content-length", "0"), System.Globalization.CultureInfo.InvariantCulture)];
        await stream.ReadExactlyAsync(body, _stop.Token);
        if (headers.GetValueOrDefault("content-encoding") == "gzip")
        {
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await gzip.CopyToAsync(plain, _stop.Token);
            body = plain.ToArray();
        }

        return new ReceivedRequest(requestLine[0], requestLine[1], headers, body);
    }

    private async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 64 * 1024)
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                return null;
            }

            head.Add(one[0]);
            if (head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n')
            {
                return Encoding.ASCII.GetString([.. head.Take(head.Count - 4)]);
            }
        }

        throw new IOException("Request head larger than 64 KiB.");
    }
}
