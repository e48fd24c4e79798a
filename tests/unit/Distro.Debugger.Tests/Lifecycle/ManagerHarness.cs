using System.Collections.Concurrent;
using System.Collections.Immutable;
using Distro.Debugger.Configuration;
using Distro.Debugger.Export;
using Distro.Debugger.Lifecycle;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots;
using Distro.Debugger.Snapshots.Serialization.Redaction;
using Distro.Debugger.Sources;
using Distro.Debugger.Status;

namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>A probe manager over the real resolver, a fake engine, and in-memory snapshot and status sinks.</summary>
internal sealed class ManagerHarness : IDisposable, ISnapshotSink, IStatusSink
{
    public const string Source = "test";

    private static readonly TimeSpan s_statusDeadline = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<ConfigurationStatus> _statuses = new();
    private readonly ConcurrentQueue<Snapshot> _snapshots = new();
    private readonly object _statusArrived = new();
    private readonly TargetResolver _resolver;
    private int _resolutions;

    /// <param name="catalog">The assemblies probes may target: the whole process when null.</param>
    public ManagerHarness(AssemblyCatalog? catalog = null)
    {
        var targets = catalog ?? AssemblyCatalog.ForProcess;
        _resolver = new TargetResolver(new AssemblyCatalog(
            () =>
            {
                Interlocked.Increment(ref _resolutions);
                return targets.Loaded();
            },
            () => targets.NotYetLoaded([])));
        Clock = new AdjustableClock(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        Manager = new ProbeManager(_resolver, Rewriter, this, new StatusTracker(this, Clock), RedactionPolicy.Default, Clock);
    }

    public FakeRewriter Rewriter { get; } = new();

    public AdjustableClock Clock { get; }

    public ProbeManager Manager { get; }

    public IReadOnlyCollection<Snapshot> Snapshots => _snapshots;

    public IReadOnlyList<Snapshot> SnapshotsOf(string hash) =>
        [.. _snapshots.Where(snapshot => Equals(Attribute(snapshot, SnapshotAttributes.LocationHash), hash))];

    /// <summary>How many times the manager asked the snapshot sink to get ready.</summary>
    public int PrepareCalls { get; private set; }

    /// <summary>How many rewrites the manager had requested when it first asked the snapshot sink to get ready.</summary>
    public int? RewritesBeforeFirstPrepare { get; private set; }

    public IReadOnlyCollection<ConfigurationStatus> Statuses => _statuses;

    /// <summary>How many locations the manager had resolved: resolving one lists the loaded assemblies once.</summary>
    public int Resolutions => Volatile.Read(ref _resolutions);

    public static object? Attribute(Snapshot snapshot, string name) =>
        snapshot.Attributes.Single(attribute => attribute.Key == name).Value;

    public static InstrumentationConfiguration Probe(string hash, string className, string methodName, string codeUnit = "Acme.Shop", DateTimeOffset? createdAt = null, string language = "Dotnet") =>
        Configuration(InstrumentationType.Probe, hash, className, methodName, codeUnit, createdAt, language, maxHits: null, expiresAt: null);

    public static InstrumentationConfiguration Breakpoint(string hash, string className, string methodName, int maxHits = 100, DateTimeOffset? expiresAt = null) =>
        Configuration(InstrumentationType.Breakpoint, hash, className, methodName, "Acme.Shop", null, "Dotnet", maxHits, expiresAt);

    public static InstrumentationConfiguration LineBreakpoint(string hash, string filePath, int line)
    {
        var configuration = Configuration(InstrumentationType.Breakpoint, hash, string.Empty, string.Empty, string.Empty, null, "Dotnet", 100, null);
        return configuration with
        {
            Location = new CodeLocation("Dotnet", string.Empty, string.Empty, string.Empty, filePath, line),
            Capture = configuration.Capture with { Locals = CaptureSelection.All },
        };
    }

    public static InstrumentationConfiguration WithLocals(InstrumentationConfiguration configuration) =>
        configuration with { Capture = configuration.Capture with { Locals = CaptureSelection.All } };

    public void Apply(InstrumentationType type, params InstrumentationConfiguration[] configurations) =>
        Manager.Apply(new ConfigurationUpdate(Source, type, [.. configurations], ImmutableArray<InvalidConfiguration>.Empty));

    public ConfigurationStatus WaitForStatus(string hash, InstrumentationStatus status, int count = 1)
    {
        var deadline = DateTime.UtcNow + s_statusDeadline;
        lock (_statusArrived)
        {
            while (true)
            {
                var found = _statuses.Where(reported => reported.LocationHash == hash && reported.Status == status).ToList();
                if (found.Count >= count)
                {
                    return found[^1];
                }

                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"no {count} x {status} for {hash}; got: {string.Join(", ", _statuses.Select(reported => $"{reported.LocationHash}={reported.Status}"))}");
                }

                Monitor.Wait(_statusArrived, left);
            }
        }
    }

    public void Emit(Snapshot snapshot) => _snapshots.Enqueue(snapshot);

    public void Prepare()
    {
        RewritesBeforeFirstPrepare ??= Rewriter.InstrumentCalls + Rewriter.UpdateCalls;
        PrepareCalls++;
    }

    public void Report(ConfigurationStatus status)
    {
        _statuses.Enqueue(status);
        lock (_statusArrived)
        {
            Monitor.PulseAll(_statusArrived);
        }
    }

    public void Dispose()
    {
        Manager.Dispose();
        _resolver.Dispose();
    }

    private static InstrumentationConfiguration Configuration(
        InstrumentationType type, string hash, string className, string methodName, string codeUnit, DateTimeOffset? createdAt, string language, int? maxHits, DateTimeOffset? expiresAt) =>
        new(
            type,
            SignalType.Snapshot,
            hash,
            createdAt ?? new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
            expiresAt,
            new CodeLocation(language, codeUnit, className, methodName, string.Empty, 0),
            new CodeCapture(
                CaptureSelection.All,
                CaptureSelection.None,
                CaptureReturn: true,
                CaptureStackTrace: false,
                (type == InstrumentationType.Probe ? CodeCaptureLimits.ProbeDefaults : CodeCaptureLimits.BreakpointDefaults) with { MaxHits = maxHits }));
}

internal sealed class AdjustableClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
