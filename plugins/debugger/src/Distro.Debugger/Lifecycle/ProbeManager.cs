using System.Reflection;
using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Export;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.RateLimiting;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots;
using Distro.Debugger.Snapshots.Capture;
using Distro.Debugger.Snapshots.Serialization;
using Distro.Debugger.Snapshots.Serialization.Redaction;
using Distro.Debugger.Sources;
using Distro.Debugger.Status;
using Distro.Hooks.Control;
using EngineStatus = Distro.Hooks.Control.InstrumentationStatus;

namespace Distro.Debugger.Lifecycle;

/// <summary>
/// Turns the full sets the sources deliver into armed probes: diffs each set with what is applied, resolves new
/// configurations to methods, arms them, disarms removed, expired and exhausted ones, and reports every transition.
/// Each method has one host shared by all probes on it, so changing one probe never disturbs another on the same
/// method or a sibling. All work happens on the sources' threads and the thread pool, never on the application's.
/// </summary>
internal sealed class ProbeManager : IConfigurationConsumer, IProbeActivity, IDisposable
{
    private static readonly TimeSpan s_expiryCheckInterval = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private readonly Dictionary<(string Source, InstrumentationType Type), Dictionary<ConfigurationIdentity, AppliedConfiguration>> _applied = [];
    private readonly Dictionary<(Module Module, int Token), InstrumentedMethodHost> _hosts = [];

    // Methods whose probes changed under the gate, each committed once as the gate is released.
    private readonly HashSet<InstrumentedMethodHost> _touched = [];
    private readonly TargetResolver _resolver;
    private readonly IMethodRewriter _rewriter;
    private readonly ISnapshotSink _sink;
    private readonly StatusTracker _tracker;
    private readonly RedactionPolicy _redaction;
    private readonly TimeProvider _clock;
    private readonly ConfigurationDiffer _differ;
    private readonly SnapshotServices _services;
    private readonly ITimer _expiryTimer;
    private readonly AssemblyLoadRetries _assemblyLoads;
    private bool _disposed;

    public ProbeManager(
        TargetResolver resolver,
        IMethodRewriter rewriter,
        ISnapshotSink sink,
        StatusTracker tracker,
        RedactionPolicy redaction,
        TimeProvider clock,
        int globalSnapshotsPerSecond = SnapshotServices.DefaultGlobalSnapshotsPerSecond)
    {
        _resolver = resolver;
        _rewriter = rewriter;
        _sink = sink;
        _tracker = tracker;
        _redaction = redaction;
        _clock = clock;
        _differ = new ConfigurationDiffer(clock);
        _services = new SnapshotServices(sink, new WindowRateLimiter(globalSnapshotsPerSecond, TimeSpan.FromSeconds(1)), this);
        _assemblyLoads = new AssemblyLoadRetries(_gate, RetryPending);
        AppDomain.CurrentDomain.AssemblyLoad += OnAssemblyLoad;
        _expiryTimer = clock.CreateTimer(_ => DisableExpired(), null, s_expiryCheckInterval, s_expiryCheckInterval);
    }

    /// <summary>How many methods carry at least one probe.</summary>
    public int InstrumentedMethodCount
    {
        get
        {
            lock (_gate)
            {
                return _hosts.Count;
            }
        }
    }

    public void Apply(ConfigurationUpdate update)
    {
        try
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                try
                {
                    ApplyLocked(update);
                }
                finally
                {
                    CommitTouchedMethods();
                }
            }

            _assemblyLoads.GateReleased();
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.ProbeManagerFailed(nameof(Apply), e.ToString());
        }
    }

    public void Hit(ArmedProbe probe) => _tracker.Hit(probe.Configuration);

    public void Exhausted(ArmedProbe probe) =>
        ThreadPool.UnsafeQueueUserWorkItem(static state => state.manager.DisableExhausted(state.probe), (manager: this, probe), preferLocal: false);

    public void Dispose()
    {
        AppDomain.CurrentDomain.AssemblyLoad -= OnAssemblyLoad;
        _expiryTimer.Dispose();
        lock (_gate)
        {
            _disposed = true;
            foreach (var applied in _applied.Values.SelectMany(set => set.Values))
            {
                Disarm(applied);
            }

            _applied.Clear();
            CommitTouchedMethods();
        }
    }

    private void ApplyLocked(ConfigurationUpdate update)
    {
        var key = (update.Source, update.Type);
        if (!_applied.TryGetValue(key, out var applied))
        {
            applied = [];
            _applied[key] = applied;
        }

        foreach (var invalid in update.Invalid)
        {
            DebuggerEventSource.Log.ConfigurationInvalid(update.Source, invalid.LocationHash ?? string.Empty, invalid.Reason);
        }

        var diff = _differ.Diff(update.Type, applied.ToDictionary(entry => entry.Key, entry => entry.Value.Configuration), update.Configurations);
        foreach (var removed in diff.Removed)
        {
            if (applied.Remove(removed.Identity, out var entry))
            {
                Disarm(entry);
                _tracker.Removed(removed.Identity);
            }
        }

        foreach (var change in diff.Changed)
        {
            if (applied.Remove(change.Previous.Identity, out var previous))
            {
                Disarm(previous);
                _tracker.Removed(change.Previous.Identity);
            }

            applied[change.Current.Identity] = Arm(change.Current);
        }

        foreach (var expired in diff.Expired)
        {
            if (applied.TryGetValue(expired.Identity, out var entry) && entry.IsDisabled)
            {
                continue;
            }

            if (entry is not null)
            {
                Disarm(entry);
            }

            _tracker.Disabled(expired);
            applied[expired.Identity] = new AppliedConfiguration(expired) { IsDisabled = true };
        }

        foreach (var added in diff.Added)
        {
            applied[added.Identity] = Arm(added);
        }
    }

    private AppliedConfiguration Arm(InstrumentationConfiguration configuration)
    {
        var entry = new AppliedConfiguration(configuration);
        _tracker.Track(configuration);
        if (configuration.IsLanguageMismatch)
        {
            _tracker.Error(configuration, ErrorCause.LanguageMismatch, $"the configuration is for {configuration.Location.Language}, not .NET");
            return entry;
        }

        if (_rewriter.UnavailableReason is { } unavailable)
        {
            _tracker.Error(configuration, ErrorCause.RuntimeError, $"methods cannot be instrumented in this process: {unavailable}");
            return entry;
        }

        Resolve(entry);
        return entry;
    }

    private void Resolve(AppliedConfiguration entry)
    {
        var configuration = entry.Configuration;
        var location = configuration.Location;
        var result = _resolver.Resolve(new TargetLocation(location.CodeUnit, location.ClassName, location.MethodName, location.FilePath, location.LineNumber));
        switch (result)
        {
            case FailedResolution failed:
                _tracker.Error(configuration, ResolutionErrors.CauseOf(failed.Cause), failed.Message);
                break;
            case PendingResolution pending:
                entry.Pending = pending;
                break;
            case ResolvedTargets resolved:
                entry.Pending = null;
                Attach(entry, resolved.Targets);
                break;
        }
    }

    private void Attach(AppliedConfiguration entry, IReadOnlyList<ResolvedTarget> targets)
    {
        // Before the first probe of the process: its first hit finds the export pipeline built and the capture code compiled.
        _sink.Prepare();
        CaptureWarmUp.EnsureDone();
        var armed = new ArmedProbe(entry.Configuration, _redaction);
        entry.Armed = armed;
        var statuses = new List<Task<EngineStatus>>();
        foreach (var target in targets)
        {
            var host = HostFor(target.Method);
            _touched.Add(host);
            if (target.Line is { } line)
            {
                var probe = new LineSnapshotProbe(armed, new ProbeTarget(target.Method, target.UserMethod, line.DocumentPath, line.BoundLine), line, _services);
                statuses.Add(host.Add(probe, line.ILOffset, probe.LocalSlots));
                entry.Attachments.Add((host, probe));
            }
            else
            {
                var source = _resolver.SourceOf(target.UserMethod);
                var returnLocals = ReturnLocals(entry.Configuration, target);
                var probe = new MethodSnapshotProbe(armed, new ProbeTarget(target.Method, target.UserMethod, source?.FilePath, source?.Line ?? 0, returnLocals), _services);
                statuses.Add(host.Add(probe, [.. returnLocals.Select(local => local.Slot)]));
                entry.Attachments.Add((host, probe));
            }
        }

        Task.WhenAll(statuses).ContinueWith(
            completed => ReportArmed(entry, completed.Result),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
    }

    /// <summary>The named locals a method probe captures at return, when its configuration asks for locals.</summary>
    private List<(int Slot, string Name)> ReturnLocals(InstrumentationConfiguration configuration, ResolvedTarget target) =>
        configuration.Capture.Locals.Mode == CaptureSelectionMode.None
            ? []
            : [.. _resolver.LocalsOf(target.Method)
                .Where(local => configuration.Capture.Locals.Includes(local.Name))
                .Select(local => (local.SlotIndex, local.Name))];

    private void ReportArmed(AppliedConfiguration entry, EngineStatus[] statuses)
    {
        if (statuses.Any(status => status.IsActive))
        {
            _tracker.Ready(entry.Configuration);
            return;
        }

        var failure = statuses.FirstOrDefault(status => status.State == InstrumentationState.Failed);
        _tracker.Error(entry.Configuration, ErrorCause.RuntimeError, failure.Message is { Length: > 0 } message ? message : "the method could not be instrumented");
    }

    private InstrumentedMethodHost HostFor(MethodBase method)
    {
        var key = (method.Module, method.MetadataToken);
        if (!_hosts.TryGetValue(key, out var host))
        {
            host = new InstrumentedMethodHost(method, _rewriter);
            _hosts[key] = host;
        }

        return host;
    }

    private void Disarm(AppliedConfiguration entry)
    {
        entry.Armed?.Disable();
        foreach (var (host, capture) in entry.Attachments)
        {
            host.Remove(capture);
            _touched.Add(host);
        }

        entry.Attachments.Clear();
        entry.Pending = null;
    }

    /// <summary>Applies each changed method's probes as one rewrite, and forgets methods that carry no probe any more.</summary>
    private void CommitTouchedMethods()
    {
        foreach (var host in _touched)
        {
            if (host.Commit())
            {
                _hosts.Remove((host.Method.Module, host.Method.MetadataToken));
            }
        }

        _touched.Clear();
    }

    private void DisableExhausted(ArmedProbe probe)
    {
        try
        {
            lock (_gate)
            {
                var entry = _applied.Values.Select(set => set.GetValueOrDefault(probe.Configuration.Identity)).FirstOrDefault(candidate => candidate?.Armed == probe);
                if (entry is null || entry.IsDisabled)
                {
                    return;
                }

                Disarm(entry);
                entry.IsDisabled = true;
                CommitTouchedMethods();
            }

            _assemblyLoads.GateReleased();
            _tracker.Disabled(probe.Configuration);
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.ProbeManagerFailed(nameof(DisableExhausted), e.ToString());
        }
    }

    private void DisableExpired()
    {
        try
        {
            var now = _clock.GetUtcNow();
            List<InstrumentationConfiguration> expired = [];
            lock (_gate)
            {
                foreach (var entry in _applied.Values.SelectMany(set => set.Values))
                {
                    if (!entry.IsDisabled && entry.Configuration.IsExpiredAt(now))
                    {
                        Disarm(entry);
                        entry.IsDisabled = true;
                        expired.Add(entry.Configuration);
                    }
                }

                CommitTouchedMethods();
            }

            _assemblyLoads.GateReleased();
            expired.ForEach(_tracker.Disabled);
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.ProbeManagerFailed(nameof(DisableExpired), e.ToString());
        }
    }

    private void OnAssemblyLoad(object? sender, AssemblyLoadEventArgs args)
    {
        try
        {
            // Resolution reads metadata and symbols: not on the thread that is loading the assembly.
            if (args.LoadedAssembly.GetName().Name is { } name)
            {
                _assemblyLoads.Loaded(name);
            }
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.ProbeManagerFailed(nameof(OnAssemblyLoad), e.ToString());
        }
    }

    /// <summary>Resolves again the configurations waiting for one of these assemblies; runs under the gate.</summary>
    private void RetryPending(IReadOnlySet<string> loadedAssemblyNames)
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            foreach (var entry in _applied.Values.SelectMany(set => set.Values))
            {
                if (entry.Pending is { } pending && loadedAssemblyNames.Any(pending.IsAwaiting))
                {
                    Resolve(entry);
                }
            }
        }
        finally
        {
            CommitTouchedMethods();
        }
    }
}
