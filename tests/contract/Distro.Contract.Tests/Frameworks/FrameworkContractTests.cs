using System.Globalization;
using Distro.Contract.Mocks.Collector;
using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks;

/// <summary>
/// The contract every framework's app must keep under the live debugger, checked only through the wire: the
/// configurations the config API mock serves, the statuses the app reports, the snapshots and spans the collector
/// mock decodes, and the app's answers. The scenarios are the same for every framework; a class per framework names
/// its targets and shares one app among its tests, which run one after another.
/// </summary>
public abstract partial class FrameworkContractTests : IAsyncLifetime
{
    private const string SnapshotEventName = "aws.dynamic_instrumentation.snapshot";
    private const string SnapshotScope = "aws.dynamic_instrumentation";

    protected FrameworkContractTests(FrameworkApp app)
    {
        App = app;
        Probes = new ProbeSession(app);
    }

    protected FrameworkApp App { get; }

    protected ProbeSession Probes { get; }

    protected abstract FrameworkTargets Targets { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Probes.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Runs a scenario; a failure carries the statuses, snapshots, app output and distro logs that explain it.</summary>
    protected async Task VerifyAsync(Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        catch (Exception e)
        {
            throw new ScenarioFailedException(e.Message + FailureReport.Describe(App, Probes.LocationHashes), e);
        }
    }

    /// <summary>The attributes every snapshot carries, and those of its probe and location.</summary>
    protected static void AssertSnapshotAttributes(ReceivedLogRecord snapshot, string locationHash, string type, string level, ProbeLocation location)
    {
        Assert.Equal(SnapshotEventName, snapshot.EventName);
        Assert.Equal(SnapshotScope, snapshot.ScopeName);
        var attributes = snapshot.Attributes;
        Assert.Equal(locationHash, attributes["aws.di.location_hash"]);
        Assert.Equal(type, attributes["aws.di.instrumentation_type"]);
        Assert.Equal(level, attributes["aws.di.instrumentation_level"]);
        Assert.Equal(location.CodeUnit, attributes["aws.di.code_unit"]);
        Assert.Equal(location.ClassName, attributes["aws.di.class_name"]);
        Assert.Equal(location.MethodName, attributes["aws.di.method_name"]);
        Assert.EndsWith(location.FilePath, Assert.IsType<string>(attributes["aws.di.file_path"]), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(attributes["aws.di.snapshot_id"] as string), "aws.di.snapshot_id is empty");
        Assert.True(Assert.IsType<double>(attributes["aws.di.duration_ms"]) >= 0, "aws.di.duration_ms is negative");
    }

    protected static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The snapshot of the probe that the scenarios place on <see cref="FrameworkTargets.PricedCaller"/>.</summary>
    private void AssertCallerSnapshot(ReceivedLogRecord snapshot, string locationHash)
    {
        AssertSnapshotAttributes(snapshot, locationHash, "PROBE", "method", Targets.PricedCaller);
        SnapshotBody.AssertHolds(SnapshotBody.Parse(snapshot.Body), Targets.PricedCallerCaptures);
    }
}
