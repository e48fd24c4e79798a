using System.Diagnostics;
using System.Runtime.Loader;
using Distro.Host.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Distro.Host.Lifetime;

/// <summary>
/// Flushes and disposes the providers once, when the process exits (or the default load context unloads, which a
/// SIGTERM raises first), within a bounded time shared by all of them so that exit is never held up for long.
/// </summary>
internal sealed class ProviderShutdown
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly TracerProvider? _tracerProvider;
    private readonly MeterProvider? _meterProvider;
    private readonly TimeSpan _timeout;
    private int _done;

    public ProviderShutdown(TracerProvider? tracerProvider, MeterProvider? meterProvider, TimeSpan timeout)
    {
        _tracerProvider = tracerProvider;
        _meterProvider = meterProvider;
        _timeout = timeout;
    }

    public void RegisterForProcessExit()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run();
        AssemblyLoadContext.Default.Unloading += _ => Run();
    }

    /// <summary>Flushes and disposes; the second and later calls do nothing.</summary>
    public void Run()
    {
        if (Interlocked.Exchange(ref _done, 1) != 0)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        if (_tracerProvider is not null)
        {
            Stop("tracer provider", _tracerProvider, milliseconds => _tracerProvider.Shutdown(milliseconds), clock);
        }

        if (_meterProvider is not null)
        {
            Stop("meter provider", _meterProvider, milliseconds => _meterProvider.Shutdown(milliseconds), clock);
        }
    }

    private void Stop(string what, IDisposable provider, Func<int, bool> shutdown, Stopwatch clock)
    {
        try
        {
            var remaining = (int)Math.Max(0, (_timeout - clock.Elapsed).TotalMilliseconds);
            if (!shutdown(remaining))
            {
                HostLog.Warning($"The {what} did not finish exporting within {_timeout.TotalSeconds} s of exit; what it still held is lost");
            }

            provider.Dispose();
        }
        catch (Exception e)
        {
            HostLog.Error($"The {what} failed to shut down", e);
        }
    }
}
