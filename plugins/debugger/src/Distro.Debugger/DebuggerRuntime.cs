using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Export;
using Distro.Debugger.Export.Settings;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.Lifecycle;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots.Serialization.Redaction;
using Distro.Debugger.Sources;
using Distro.Debugger.Status;

namespace Distro.Debugger;

/// <summary>
/// The debugger's parts, wired once per process: sources feed the probe manager, which arms probes through the
/// profiler; snapshots go to the export pipeline, statuses to the config API. Stopped at process exit, in the order
/// that loses nothing: sources, probes (original code restored), statuses, snapshots.
/// </summary>
internal sealed class DebuggerRuntime : IDisposable
{
    private static readonly object s_gate = new();
    private static DebuggerRuntime? s_current;

    private readonly OnDemandSnapshotExport _export;
    private readonly StatusReporter _reporter;
    private readonly TargetResolver _resolver;
    private readonly ProbeManager _manager;
    private readonly ConfigApiPoller _poller;
    private readonly ProbeFileSource? _file;
    private int _disposed;

    private DebuggerRuntime(DebuggerSettings settings, SnapshotExportSettings exportSettings, RedactionPolicy redaction)
    {
        _export = new OnDemandSnapshotExport(() => new SnapshotExportPipeline(exportSettings));
        _reporter = new StatusReporter(settings);
        _resolver = new TargetResolver();
        _manager = new ProbeManager(_resolver, new ProfilerMethodRewriter(), _export, new StatusTracker(_reporter, TimeProvider.System), redaction, TimeProvider.System);
        _poller = new ConfigApiPoller(settings, _manager);
        _file = settings.ProbeFilePath is { Length: > 0 } path ? new ProbeFileSource(path, _manager) : null;
    }

    /// <summary>Starts the debugger if it is enabled and not started yet; returns the running instance.</summary>
    public static DebuggerRuntime? Start(Func<string, string?> environment)
    {
        lock (s_gate)
        {
            if (s_current is not null)
            {
                return s_current;
            }

            var settings = DebuggerSettingsReader.Read(environment);
            foreach (var diagnostic in settings.Diagnostics)
            {
                DebuggerEventSource.Log.SettingInvalid(diagnostic.Variable, diagnostic.Message);
            }

            if (!settings.Settings.Enabled)
            {
                DebuggerEventSource.Log.DebuggerDisabled(DebuggerEnvironmentVariables.Enabled);
                return null;
            }

            var export = SnapshotExportSettingsReader.Read(environment, settings.Settings);
            foreach (var diagnostic in export.Diagnostics)
            {
                DebuggerEventSource.Log.ExportSettingInvalid(diagnostic.Variable, diagnostic.Message);
            }

            var runtime = new DebuggerRuntime(settings.Settings, export.Settings, RedactionPolicy.FromEnvironment(environment));
            runtime.StartSources();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => runtime.Dispose();
            s_current = runtime;
            DebuggerEventSource.Log.DebuggerStarted(settings.Settings.ServiceName, settings.Settings.ProbeFilePath ?? string.Empty, settings.Settings.ApiUrl.ToString());
            return runtime;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Stop("sources", () =>
        {
            _poller.Dispose();
            _file?.Dispose();
        });
        Stop("probes", _manager.Dispose);
        Stop("status reporting", _reporter.Dispose);
        Stop("snapshot export", _export.Dispose);
        Stop("symbols", _resolver.Dispose);
    }

    private static void Stop(string part, Action stop)
    {
        try
        {
            stop();
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.DebuggerFailed("stopping " + part, e.ToString());
        }
    }

    private void StartSources()
    {
        _reporter.Start();
        _poller.Start();
        _file?.Start();
    }
}
