using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Distro.Debugger.Configuration;
using Distro.Debugger.Export;
using Distro.Debugger.RateLimiting;
using Distro.Debugger.Snapshots;
using Distro.Debugger.Snapshots.Capture;
using Distro.Debugger.Snapshots.Serialization.Redaction;

namespace Distro.Debugger.Tests.Snapshots.Capture;

/// <summary>A method probe wired to an in-memory sink, driven the way the rewritten method drives the hooks.</summary>
internal sealed class CaptureHarness : ISnapshotSink, IProbeActivity
{
    private readonly ConcurrentQueue<Snapshot> _snapshots = new();

    public CaptureHarness(MethodBase method, InstrumentationConfiguration configuration, int globalPermits = 100, Func<long>? clock = null)
    {
        Armed = new ArmedProbe(configuration, RedactionPolicy.Default, clockMilliseconds: clock);
        Probe = new MethodSnapshotProbe(
            Armed,
            new ProbeTarget(method, method, "src/Shop/Targets.cs", 42),
            new SnapshotServices(this, new WindowRateLimiter(globalPermits, TimeSpan.FromSeconds(1), clock), this));
    }

    public ArmedProbe Armed { get; }

    public MethodSnapshotProbe Probe { get; }

    public IReadOnlyCollection<Snapshot> Snapshots => _snapshots;

    public int Hits { get; private set; }

    public int Exhaustions { get; private set; }

    public static InstrumentationConfiguration Configuration(
        CaptureSelection? arguments = null,
        bool captureReturn = true,
        bool captureStackTrace = false,
        InstrumentationType type = InstrumentationType.Probe,
        int? maxHits = null) =>
        new(
            type,
            SignalType.Snapshot,
            "h-123",
            new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
            null,
            new CodeLocation("Dotnet", "Shop", "Targets", "Add", string.Empty, 0),
            new CodeCapture(
                arguments ?? CaptureSelection.All,
                CaptureSelection.None,
                captureReturn,
                captureStackTrace,
                (type == InstrumentationType.Probe ? CodeCaptureLimits.ProbeDefaults : CodeCaptureLimits.BreakpointDefaults) with { MaxHits = maxHits }));

    public static JsonElement Body(Snapshot snapshot) => JsonDocument.Parse(snapshot.Body).RootElement;

    public static object? Attribute(Snapshot snapshot, string name) =>
        snapshot.Attributes.Single(attribute => attribute.Key == name).Value;

    public void Emit(Snapshot snapshot) => _snapshots.Enqueue(snapshot);

    public void Hit(ArmedProbe probe) => Hits++;

    public void Exhausted(ArmedProbe probe) => Exhaustions++;
}
