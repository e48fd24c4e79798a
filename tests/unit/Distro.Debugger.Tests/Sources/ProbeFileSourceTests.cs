using Distro.Debugger.Configuration;
using Distro.Debugger.Sources;

namespace Distro.Debugger.Tests.Sources;

public class ProbeFileSourceTests
{
    private const int Refused = 410;
    private const int Unchanged = 411;

    [Fact]
    public async Task Start_WithFile_AppliesOneFullSetPerType()
    {
        await using var harness = new ProbeFileHarness();
        harness.Write(ProbeFileHarness.File(("PROBE", "p-1"), ("BREAKPOINT", "b-1"), ("PROBE", "p-2")));

        harness.Start();

        var (probes, breakpoints) = await harness.LatestAfterAsync(2);
        Assert.Equal(["p-1", "p-2"], probes);
        Assert.Equal(["b-1"], breakpoints);
        Assert.All(harness.Consumer.Updates, update => Assert.Equal(ProbeFileSource.SourceName, update.Source));
    }

    [Fact]
    public async Task Start_WithoutFile_AppliesEmptySetsThenTheFileOnceWritten()
    {
        await using var harness = new ProbeFileHarness();
        harness.Start();

        var (probes, breakpoints) = await harness.LatestAfterAsync(2);
        harness.Write(ProbeFileHarness.File(("PROBE", "p-1")));
        var (written, _) = await harness.LatestAfterAsync(4);

        Assert.Empty(probes);
        Assert.Empty(breakpoints);
        Assert.Equal(["p-1"], written);
    }

    [Fact]
    public async Task Start_DirectoryCreatedLater_FileFoundByThePeriodicCheck()
    {
        await using var harness = new ProbeFileHarness(directoryExists: false);
        harness.Start(checkInterval: TimeSpan.FromMilliseconds(100));
        await harness.LatestAfterAsync(2);

        harness.Write(ProbeFileHarness.File(("BREAKPOINT", "b-1")));

        var (_, breakpoints) = await harness.LatestAfterAsync(4);
        Assert.Equal(["b-1"], breakpoints);
    }

    [Fact]
    public async Task Change_FileRewritten_AppliesTheNewSets()
    {
        await using var harness = new ProbeFileHarness();
        harness.Write(ProbeFileHarness.File(("PROBE", "p-1")));
        harness.Start();
        await harness.LatestAfterAsync(2);

        harness.Write(ProbeFileHarness.File(("PROBE", "p-2"), ("BREAKPOINT", "b-2")));

        var (probes, breakpoints) = await harness.LatestAfterAsync(4);
        Assert.Equal(["p-2"], probes);
        Assert.Equal(["b-2"], breakpoints);
    }

    [Fact]
    public async Task Change_FileReplacedByRename_AppliesTheNewSets()
    {
        await using var harness = new ProbeFileHarness();
        harness.Write(ProbeFileHarness.File(("PROBE", "p-1")));
        harness.Start();
        await harness.LatestAfterAsync(2);

        harness.Replace(ProbeFileHarness.File(("BREAKPOINT", "b-9")));

        var (probes, breakpoints) = await harness.LatestAfterAsync(4);
        Assert.Empty(probes);
        Assert.Equal(["b-9"], breakpoints);
    }

    [Fact]
    public async Task Change_HalfWrittenThenCompleted_KeepsTheCurrentSetsUntilTheFileIsWhole()
    {
        await using var harness = new ProbeFileHarness();
        var whole = ProbeFileHarness.File(("PROBE", "p-1"), ("PROBE", "p-2"));
        harness.Write(ProbeFileHarness.File(("PROBE", "p-0")));
        harness.Start();
        await harness.LatestAfterAsync(2);

        harness.Write(whole[..(whole.Length / 2)]);
        await Eventually.UntilAsync(() => harness.Events.Of(Refused, harness.FilePath).Count == 1, "the half-written file is refused");
        harness.Write(whole);

        var (probes, _) = await harness.LatestAfterAsync(4);
        Assert.Equal(["p-1", "p-2"], probes);
    }

    [Fact]
    public async Task Change_FileDeleted_AppliesEmptySets()
    {
        await using var harness = new ProbeFileHarness();
        harness.Write(ProbeFileHarness.File(("PROBE", "p-1"), ("BREAKPOINT", "b-1")));
        harness.Start();
        await harness.LatestAfterAsync(2);

        harness.Delete();

        var (probes, breakpoints) = await harness.LatestAfterAsync(4);
        Assert.Empty(probes);
        Assert.Empty(breakpoints);
    }

    [Fact]
    public async Task Change_SameBytesRewritten_AppliesNothing()
    {
        await using var harness = new ProbeFileHarness();
        var content = ProbeFileHarness.File(("PROBE", "p-1"));
        harness.Write(content);
        harness.Start();
        await harness.LatestAfterAsync(2);

        harness.Write(content);

        await Eventually.UntilAsync(() => harness.Events.Of(Unchanged, harness.FilePath).Count >= 1, "the rewrite is seen");
        Assert.Equal(2, harness.Consumer.Updates.Count);
    }

    [Fact]
    public async Task Start_FileWithoutList_IsRefusedAndNothingApplied()
    {
        await using var harness = new ProbeFileHarness();
        harness.Write("{}");

        harness.Start();

        await Eventually.UntilAsync(() => harness.Events.Of(Refused, harness.FilePath).Count == 1, "the file is refused");
        Assert.Empty(harness.Consumer.Updates);
    }

    [Fact]
    public async Task Start_InvalidConfigurationInFile_IsPassedAlongWithItsType()
    {
        await using var harness = new ProbeFileHarness();
        harness.Write("""{"LatestConfigurations":[{"InstrumentationType":"BREAKPOINT","LocationHash":"b-bad"}]}""");

        harness.Start();

        await harness.LatestAfterAsync(2);
        Assert.Equal("b-bad", Assert.Single(Assert.Single(harness.Consumer.Of(InstrumentationType.Breakpoint)).Invalid).LocationHash);
        Assert.Empty(Assert.Single(harness.Consumer.Of(InstrumentationType.Probe)).Invalid);
    }
}
