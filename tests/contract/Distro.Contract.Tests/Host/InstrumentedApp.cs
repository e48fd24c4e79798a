using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Distro.Contract.Tests.Host;

/// <summary>
/// An application launched through instrument.sh on a free loopback port, ready once its /healthz answers. Disposing it
/// ends the process (and only it) and waits for it to exit.
/// </summary>
internal sealed class InstrumentedApp : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private InstrumentedApp(Process process, Uri address, Version httpVersion)
    {
        _process = process;
        Address = address;
        // The test process's own activities must not leak into the app's traces: tests send the traceparent they mean.
        var handler = new SocketsHttpHandler { ActivityHeadersPropagator = null };
        Client = new HttpClient(handler)
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestVersion = httpVersion,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    public Uri Address { get; }

    /// <summary>A client of the app in the HTTP version it was started with.</summary>
    public HttpClient Client { get; }

    /// <summary>What the process printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app through instrument.sh with these variables and waits until its /healthz answers.</summary>
    /// <param name="appPath">The app's built .dll, run by dotnet, or a self-contained app's executable.</param>
    /// <param name="environment">Variables added to this process's own.</param>
    /// <param name="httpVersion">HTTP/1.1 when null; HTTP/2 for an app that speaks only cleartext HTTP/2 (gRPC).</param>
    public static Task<InstrumentedApp> StartAsync(string appPath, IReadOnlyDictionary<string, string> environment, Version? httpVersion = null) =>
        StartAsync(CommandFor(appPath), environment, httpVersion);

    /// <summary>Starts <c>instrument.sh command... --urls address</c> and waits until its /healthz answers.</summary>
    public static async Task<InstrumentedApp> StartAsync(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment, Version? httpVersion = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("bash", [HostLayout.InstrumentScript, .. command, "--urls", address.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var app = new InstrumentedApp(Process.Start(start)!, address, httpVersion ?? HttpVersion.Version11);
        app._process.OutputDataReceived += (_, line) => app.Append(line.Data);
        app._process.ErrorDataReceived += (_, line) => app.Append(line.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilReadyAsync().ConfigureAwait(false);
            return app;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>How the app is run: its .dll by dotnet, or a self-contained app's executable.</summary>
    public static IReadOnlyList<string> CommandFor(string appPath) =>
        appPath.EndsWith(".dll", StringComparison.Ordinal) ? ["dotnet", appPath] : [appPath];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The application exited with {_process.ExitCode} before it answered: {Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/healthz", UriKind.Relative)).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > s_startTimeout)
            {
                throw new TimeoutException($"The application did not answer /healthz within {s_startTimeout.TotalSeconds} s: {Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100)).ConfigureAwait(false);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
