using System.Diagnostics;
using System.Diagnostics.Tracing;
using Distro.Host.Lifetime;
using Distro.Host.Tests.Diagnostics;
using Distro.Host.Tests.Plugins;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Distro.Host.Tests.Lifetime;

[Collection(PluginCalls.Collection)]
public sealed class ProviderShutdownTests : IDisposable
{
    private readonly HostEvents _events = new();
    private readonly ActivitySource _source = new("Tests.Shutdown." + Guid.NewGuid().ToString("N"));
    private readonly SpanCapture _capture = new();

    public void Dispose()
    {
        _source.Dispose();
        _events.Dispose();
    }

    [Fact]
    public void Run_Providers_ShutsThemDownSoTheirProcessorsFlush()
    {
        var provider = Sdk.CreateTracerProviderBuilder().AddSource(_source.Name).AddProcessor(_capture).Build();
        var shutdown = new ProviderShutdown(provider, meterProvider: null, TimeSpan.FromSeconds(5));

        shutdown.Run();

        Assert.True(_capture.ShutDown);
        Assert.Null(_source.StartActivity("after shutdown"));
    }

    [Fact]
    public void Run_CalledTwice_ShutsDownOnce()
    {
        var provider = Sdk.CreateTracerProviderBuilder().AddSource(_source.Name).AddProcessor(_capture).Build();
        var shutdown = new ProviderShutdown(provider, meterProvider: null, TimeSpan.FromSeconds(5));

        shutdown.Run();
        shutdown.Run();

        Assert.Empty(_events.Texts(EventLevel.Error));
        Assert.Empty(_events.Texts(EventLevel.Warning));
    }

    [Fact]
    public void Run_ProviderNotDoneInTime_ReportsWhatIsLost()
    {
        _capture.FailShutdown = true;
        var provider = Sdk.CreateTracerProviderBuilder().AddSource(_source.Name).AddProcessor(_capture).Build();
        var shutdown = new ProviderShutdown(provider, meterProvider: null, TimeSpan.FromMilliseconds(100));

        shutdown.Run();

        Assert.True(_events.Any(EventLevel.Warning, "The tracer provider did not finish exporting within 0.1 s of exit"), string.Join(" | ", _events.Events));
    }

    [Fact]
    public void Run_NoProviders_DoesNothing()
    {
        new ProviderShutdown(null, null, TimeSpan.FromSeconds(1)).Run();

        Assert.Empty(_events.Events);
    }
}
