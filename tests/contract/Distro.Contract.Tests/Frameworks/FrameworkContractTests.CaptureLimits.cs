using Distro.Contract.Mocks.ConfigApi;
using Distro.Contract.Tests.Frameworks.Harness;

namespace Distro.Contract.Tests.Frameworks;

/// <summary>Capture limits: long strings and wide collections are clamped, and say so.</summary>
public abstract partial class FrameworkContractTests
{
    private const int MaxStringLength = 100;
    private const int MaxCollectionWidth = 10;

    [Fact]
    public Task Probe_WithStringAndCollectionLimits_ClampsTheValuesAndMarksThemTruncated() => VerifyAsync(async () =>
    {
        var target = Targets.Limits;
        var hash = Probes.NewLocationHash("limits");
        var limits = new ProbeLimits(MaxStringLength: MaxStringLength, MaxCollectionWidth: MaxCollectionWidth);
        await Probes.PlaceAsync(ProbeConfigurations.Method(InstrumentationType.Probe, hash, target.Location, limits));

        var snapshot = (await Probes.DriveUntilSnapshotAsync(target.Call, hash)).Of(hash);

        AssertSnapshotAttributes(snapshot, hash, "PROBE", "method", target.Location);

        var text = $"captures.entry.arguments.{target.StringArgument}";
        var list = $"captures.entry.arguments.{target.ListArgument}";
        SnapshotBody.AssertHolds(SnapshotBody.Parse(snapshot.Body), [
            ExpectedCapture.Value($"{text}.type", "System.String"),
            ExpectedCapture.Value($"{text}.value", target.SentString[..MaxStringLength]),
            ExpectedCapture.Value($"{text}.truncated", "true"),
            ExpectedCapture.Value($"{text}.size", Invariant(target.SentString.Length)),
            ExpectedCapture.Count($"{list}.elements", MaxCollectionWidth),
            ExpectedCapture.Value($"{list}.elements.{MaxCollectionWidth - 1}.value", Invariant(MaxCollectionWidth - 1)),
            ExpectedCapture.Value($"{list}.truncated", "true"),
            ExpectedCapture.Value($"{list}.size", Invariant(target.SentCount)),
        ]);
    });
}
