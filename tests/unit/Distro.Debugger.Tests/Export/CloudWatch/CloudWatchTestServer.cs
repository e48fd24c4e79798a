using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>
/// A stand-in for the CloudWatch Logs OTLP endpoint on 127.0.0.1 and a free port: HTTP/1.1 with keep-alive over a
/// plain socket. Records every request as received and answers with the response its script gives for that request.
/// </summary>
internal sealed class CloudWatchTestServer : IDisposable
{
    private static readonly byte[] s_headerEnd = "\r\n\r\n"u8.ToArray();

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedHttpRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Func<int, TestResponse> _script;
    private readonly Task _accepting;
    private int _count;

    /// <param name="script">The answer to the request with this 0-based index.</param>
    private CloudWatchTestServer(Func<int, TestResponse> script)
    {
        _script = script;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public static CloudWatchTestServer Start(Func<int, TestResponse>? script = null) => new(script ?? (_ => TestResponse.Ok));

    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/logs");

    public IReadOnlyList<ReceivedHttpRequest> Requests => [.. _requests];

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
            // The server is stopping.
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
        var buffer = new List<byte>();
        var chunk = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var headerEnd = IndexOf(buffer, s_headerEnd);
                while (headerEnd < 0)
                {
                    if (!await ReadMoreAsync(stream, buffer, chunk))
                    {
                        return;
                    }

                    headerEnd = IndexOf(buffer, s_headerEnd);
                }

                var head = Encoding.ASCII.GetString(buffer.GetRange(0, headerEnd).ToArray()).Split("\r\n");
                var headers = head.Skip(1)
                    .Select(line => line.Split(':', 2))
                    .Select(parts => new KeyValuePair<string, string>(parts[0].Trim(), parts[1].Trim()))
                    .ToList();
                var length = int.Parse(
                    headers.FirstOrDefault(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value ?? "0",
                    CultureInfo.InvariantCulture);
                var bodyStart = headerEnd + s_headerEnd.Length;
                while (buffer.Count < bodyStart + length)
                {
                    if (!await ReadMoreAsync(stream, buffer, chunk))
                    {
                        return;
                    }
                }

                var requestLine = head[0].Split(' ');
                var request = new ReceivedHttpRequest(
                    requestLine[0], requestLine[1], headers, buffer.GetRange(bodyStart, length).ToArray(), Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow);
                buffer.RemoveRange(0, bodyStart + length);
                var response = _script(Interlocked.Increment(ref _count) - 1);
                _requests.Enqueue(request);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(Format(response)), _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The client went away or the server is stopping.
        }
    }

    private async Task<bool> ReadMoreAsync(NetworkStream stream, List<byte> buffer, byte[] chunk)
    {
        var read = await stream.ReadAsync(chunk, _stop.Token);
        buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        return read > 0;
    }

    private static string Format(TestResponse response)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {(HttpStatusCode)response.Status}\r\n")
            .Append("Content-Length: 0\r\n");
        foreach (var (name, value) in response.Headers)
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        return text.Append("\r\n").ToString();
    }

    private static int IndexOf(List<byte> buffer, byte[] pattern)
    {
        for (var i = 0; i + pattern.Length <= buffer.Count; i++)
        {
            var match = true;
            for (var j = 0; j < pattern.Length && match; j++)
            {
                match = buffer[i + j] == pattern[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
