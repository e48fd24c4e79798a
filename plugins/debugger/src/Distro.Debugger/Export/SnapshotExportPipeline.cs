using System.Collections.Immutable;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Export.Pipeline;
using Distro.Debugger.Export.Settings;
using Distro.Host.Resources;
using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace Distro.Debugger.Export;

/// <summary>
/// Sends snapshots as OTLP log records through the OpenTelemetry SDK, on a logger factory of our own (never the
/// application's): one log record per snapshot, in the scope <c>aws.dynamic_instrumentation</c>, with the event name
/// <c>aws.dynamic_instrumentation.snapshot</c>, severity INFO, the snapshot's own time and trace context, its
/// attributes, and its JSON text as the body. The application's thread only queues the snapshot; a thread of ours
/// turns it into the log record (<see cref="SnapshotHandoff"/>). Each exporter has its own bounded queue; the
/// collector being down or slow costs the application nothing but dropped (and counted) snapshots.
/// </summary>
internal sealed class SnapshotExportPipeline : ISnapshotSink, IDisposable
{
    public const string ScopeName = "aws.dynamic_instrumentation";
    public const string EventName = "aws.dynamic_instrumentation.snapshot";

    private static readonly EventId s_snapshotEvent = new(0, EventName);

    private readonly ImmutableArray<ExportPipeline> _pipelines;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly ILogger? _logger;
    private readonly SnapshotHandoff? _handoff;
    private readonly TimeSpan _shutdownTimeout;
    private long _refused;
    private long _discarded;
    private int _stopped;

    /// <param name="settings">What to export to and how.</param>
    /// <param name="console">Where the console exporter writes; standard output when null.</param>
    public SnapshotExportPipeline(SnapshotExportSettings settings, TextWriter? console = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _shutdownTimeout = settings.ShutdownTimeout;
        _pipelines = CreatePipelines(settings, console ?? System.Console.Out);
        if (_pipelines.IsEmpty)
        {
            DebuggerEventSource.Log.SnapshotExportDisabled();
            return;
        }

        _loggerFactory = LoggerFactory.Create(logging => logging.AddOpenTelemetry(options =>
        {
            options.IncludeFormattedMessage = true;
            options.IncludeScopes = false;
            options.SetResourceBuilder(DistroResource.CreateBuilder(settings.Resource, ProcessFacts.Current()));
            options.AddProcessor(new SnapshotContextProcessor());
            foreach (var processor in _pipelines.SelectMany(static p => p.Processors))
            {
                options.AddProcessor(processor);
            }
        }));
        _logger = _loggerFactory.CreateLogger(ScopeName);
        _handoff = new SnapshotHandoff(settings.Batch.MaxQueueSize, Log);
    }

    public SnapshotExportStatistics Statistics => new(
        _pipelines.Sum(static p => p.Counters.Dropped) + (_handoff?.Dropped ?? 0) + Interlocked.Read(ref _refused),
        Interlocked.Read(ref _discarded),
        _pipelines.Sum(static p => p.Counters.Exported),
        _pipelines.Sum(static p => p.Counters.Failed));

    public void Emit(Snapshot snapshot)
    {
        if (_handoff is null)
        {
            Interlocked.Increment(ref _discarded);
            return;
        }

        try
        {
            // Where OpenTelemetry suppresses instrumentation (inside an exporter), the SDK would refuse the record.
            if (snapshot is null || Sdk.SuppressInstrumentation)
            {
                Interlocked.Increment(ref _refused);
                return;
            }

            // A snapshot the handoff refuses is counted there.
            _handoff.TryEnqueue(snapshot);
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref _refused);
            DebuggerEventSource.Log.SnapshotEmitFailed(e);
        }
    }

    /// <summary>Sends what is queued now; true when every exporter finished within <paramref name="timeout"/>.</summary>
    public bool Flush(TimeSpan timeout)
    {
        var deadline = Deadline.After(timeout);
        _handoff?.DeliverQueued();
        var flushed = true;
        foreach (var pipeline in _pipelines)
        {
            flushed &= Guard(() => pipeline.Flush(deadline.Remaining));
        }

        return flushed;
    }

    /// <summary>Stops accepting snapshots and sends what is queued, within the configured shutdown timeout in all.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        // Snapshots already queued still reach the exporters' queues, and are sent below.
        _handoff?.Dispose();

        var deadline = Deadline.After(_shutdownTimeout);
        foreach (var pipeline in _pipelines)
        {
            Guard(() => pipeline.Shutdown(deadline.Remaining));
        }

        // The processors are shut down already, so the provider's own shutdown inside this returns at once.
        Guard(() =>
        {
            _loggerFactory?.Dispose();
            return true;
        });

        var discarded = Interlocked.Read(ref _discarded);
        if (discarded > 0)
        {
            DebuggerEventSource.Log.SnapshotsDiscarded(discarded);
        }
    }

    /// <summary>On the handoff thread: one snapshot becomes one log record.</summary>
    private void Log(Snapshot snapshot)
    {
        try
        {
            if (!_logger!.IsEnabled(LogLevel.Information))
            {
                Interlocked.Increment(ref _refused);
                return;
            }

            _logger.Log(LogLevel.Information, s_snapshotEvent, new SnapshotLogState(snapshot), null, SnapshotLogState.FormatBody);
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref _refused);
            DebuggerEventSource.Log.SnapshotEmitFailed(e);
        }
    }

    private static ImmutableArray<ExportPipeline> CreatePipelines(SnapshotExportSettings settings, TextWriter console)
    {
        var pipelines = ImmutableArray.CreateBuilder<ExportPipeline>();
        foreach (var kind in settings.Exporters)
        {
            var name = SnapshotExporterFactory.NameOf(kind);
            try
            {
                pipelines.Add(new ExportPipeline(name, SnapshotExporterFactory.Create(kind, settings, console), settings.Batch));
                DebuggerEventSource.Log.SnapshotExportStarted(name, SnapshotExporterFactory.DestinationOf(kind, settings));
            }
            catch (Exception e)
            {
                DebuggerEventSource.Log.SnapshotExporterUnavailable(name, e);
            }
        }

        return pipelines.ToImmutable();
    }

    private static bool Guard(Func<bool> action)
    {
        try
        {
            return action();
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.SnapshotExportStopFailed(e);
            return false;
        }
    }
}
