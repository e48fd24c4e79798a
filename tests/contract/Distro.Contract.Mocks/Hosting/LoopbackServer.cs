using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Distro.Contract.Mocks.Hosting;

/// <summary>
/// An in-process Kestrel server bound to 127.0.0.1 on ports the OS chooses, one listener per protocol
/// set asked for. Built empty (no configuration sources, no logging) so that the environment of the
/// test run cannot change where or how it listens.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    // The mocks release their held-back requests when stopping, so nothing should come near this bound.
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromSeconds(20);

    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, IReadOnlyList<int> ports)
    {
        _app = app;
        Ports = ports;
    }

    /// <summary>The bound ports, in the order of the listeners asked for.</summary>
    public IReadOnlyList<int> Ports { get; }

    public static async Task<LoopbackServer> StartAsync(
        IReadOnlyList<HttpProtocols> listeners,
        Action<IServiceCollection> configureServices,
        Action<WebApplication> configureApp,
        CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        var listenOptions = new List<ListenOptions>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            foreach (var protocols in listeners)
            {
                kestrel.Listen(IPAddress.Loopback, 0, listen =>
                {
                    listen.Protocols = protocols;
                    listenOptions.Add(listen);
                });
            }
        });
        builder.Services.AddRouting();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = s_shutdownTimeout);
        configureServices(builder.Services);

        var app = builder.Build();
        try
        {
            configureApp(app);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        // Kestrel writes the bound endpoint, with the port the OS chose, back into each ListenOptions.
        var ports = listenOptions.Select(listen => listen.IPEndPoint!.Port).ToList();
        return new LoopbackServer(app, ports);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
