using System.Globalization;
using Distro.Contract.Mocks.ConfigApi;
using Distro.Contract.Tests.Frameworks.Harness;
using static Distro.Contract.Tests.Frameworks.Harness.ExpectedCapture;

namespace Distro.Contract.Tests.Frameworks.MinimalApi;

/// <summary>A streamed answer: the async iterator handler whose elements minimal APIs write one chunk at a time.</summary>
public abstract partial class MinimalApiScenarios
{
    /// <summary>StreamLevels' <c>yield return</c>, where <c>index</c> and <c>code</c> (hoisted into its state machine) are set.</summary>
    private const int StreamedElementLine = 36;

    private const string StreamedLevels =
        """200 [{"sku":"SKU-1","warehouse":"BER","quantity":12},{"sku":"SKU-1","warehouse":"PAR","quantity":4},{"sku":"SKU-1","warehouse":"MAD","quantity":0},{"sku":"SKU-1","warehouse":"BER","quantity":12},{"sku":"SKU-1","warehouse":"PAR","quantity":4}]""";

    private static readonly string[] s_streamedWarehouses = ["BER", "PAR", "MAD", "BER", "PAR"];

    [Fact]
    public Task ProbesOnStreamingHandler_WhileItStreams_SnapshotTheCallAndEveryElementAndTheClientGetsTheWholeStream() => VerifyAsync(async () =>
    {
        var handler = s_handlers with { MethodName = "StreamLevels" };
        var element = handler.AtLine(StreamedElementLine);
        var call = Probes.NewLocationHash("stream");
        var line = Probes.NewLocationHash("stream-element");
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, call, handler));
        await Probes.PlaceAsync(ProbeConfigurations.Line(line, element));

        var outcome = await Probes.DriveUntilAsync(app.StreamLevelsAsync, line, outcome => outcome.Has(call));
        var elements = await Probes.WaitForSnapshotsAsync(outcome.Trace, line, MinimalApiApp.StreamedLevelCount);

        Assert.Equal(StreamedLevels, outcome.Response);
        var snapshot = outcome.Of(call);
        AssertSnapshotAttributes(snapshot, call, "PROBE", "method", handler);
        SnapshotBody.AssertHolds(SnapshotBody.Parse(snapshot.Body), [
            Value("captures.entry.arguments.sku.value", "SKU-1"),
            Value("captures.entry.arguments.count.type", "System.Nullable<System.Int32>"),
            Value("captures.entry.arguments.count.value", Invariant(MinimalApiApp.StreamedLevelCount)),
        ]);
        Assert.All(elements, snapshot => AssertSnapshotAttributes(snapshot, line, "BREAKPOINT", "line", element));
        var streamed = elements
            .Select(snapshot => SnapshotBody.Parse(snapshot.Body))
            .Select(body => (
                Index: SnapshotBody.Text(body, $"captures.lines.{StreamedElementLine}.locals.index.value"),
                Code: SnapshotBody.Text(body, $"captures.lines.{StreamedElementLine}.locals.code.value")))
            .OrderBy(pass => int.Parse(pass.Index, CultureInfo.InvariantCulture));
        Assert.Equal(s_streamedWarehouses.Select((code, index) => (Invariant(index), code)), streamed);
    });
}
