using Distro.Debugger.Export;
using Distro.Debugger.Export.Settings;
using OpenTelemetry;

namespace Distro.Debugger.Tests.Export;

[Collection(SnapshotExportCollection.Name)]
public class OnDemandSnapshotExportTests
{
    private static readonly Uri s_nowhere = new("http://127.0.0.1:9/v1/logs");

    [Fact]
    public void Emit_BeforePrepare_BuildsNothingAndCountsTheSnapshotAsDiscarded()
    {
        var factory = new CountingFactory();
        using var export = new OnDemandSnapshotExport(factory.Create);

        export.Emit(SampleSnapshots.Traced());

        Assert.Equal(0, factory.Builds);
        Assert.False(export.IsBuilt);
        Assert.Equal(new SnapshotExportStatistics(Dropped: 0, Discarded: 1, Exported: 0, ExportFailed: 0), export.Statistics);
    }

    [Fact]
    public void Prepare_CalledTwice_BuildsThePipelineOnce()
    {
        var factory = new CountingFactory();
        using var export = new OnDemandSnapshotExport(factory.Create);

        export.Prepare();
        export.Prepare();

        Assert.Equal(1, factory.Builds);
        Assert.True(export.IsBuilt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Emit_AfterPrepare_ExportsThroughThePipeline(bool preparedInsideASuppressionScope)
    {
        var output = new StringWriter();
        SnapshotExportPipeline? pipeline = null;
        var snapshot = SampleSnapshots.Traced();
        using (var export = new OnDemandSnapshotExport(() => pipeline = new SnapshotExportPipeline(
                   ExportTestSettings.Create([SnapshotExporterKind.Console], s_nowhere), TextWriter.Synchronized(output))))
        {
            // The pipeline is built on whichever thread arms the first probe: the threads it starts must not take over
            // that thread's suppression of OpenTelemetry, under which the SDK would drop every record.
            using (preparedInsideASuppressionScope ? SuppressInstrumentationScope.Begin() : null)
            {
                export.Prepare();
            }

            export.Emit(snapshot);
            Assert.True(pipeline!.Flush(Eventually.DefaultTimeout));
            Assert.Equal(1, export.Statistics.Exported);
        }

        Assert.Contains(SampleSnapshots.TraceId.ToHexString(), output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_AfterDispose_BuildsNothing()
    {
        var factory = new CountingFactory();
        var export = new OnDemandSnapshotExport(factory.Create);

        export.Dispose();
        export.Prepare();

        Assert.Equal(0, factory.Builds);
        Assert.False(export.IsBuilt);
    }

    [Fact]
    public void Prepare_PipelineFailsToBuild_DoesNotThrowAndIsNotRetried()
    {
        var builds = 0;
        using var export = new OnDemandSnapshotExport(() =>
        {
            builds++;
            throw new InvalidOperationException("no exporter can be built");
        });

        export.Prepare();
        export.Prepare();
        export.Emit(SampleSnapshots.Traced());

        Assert.Equal(1, builds);
        Assert.False(export.IsBuilt);
        Assert.Equal(1, export.Statistics.Discarded);
    }

    /// <summary>Builds a pipeline with no exporter and counts how often it was asked to.</summary>
    private sealed class CountingFactory
    {
        public int Builds { get; private set; }

        public SnapshotExportPipeline Create()
        {
            Builds++;
            return new SnapshotExportPipeline(ExportTestSettings.Create([], s_nowhere));
        }
    }
}
