using System.Net;
using System.Net.Sockets;
using Distro.Debugger.Export;
using Distro.Debugger.Export.Settings;
using Distro.Debugger.Tests.Export.Otlp;
using OpenTelemetry;

namespace Distro.Debugger.Tests.Export;

[Collection(SnapshotExportCollection.Name)]
public class ExportFaultTests
{
    private static readonly TimeSpan s_generous = TimeSpan.FromSeconds(20);

    [Fact]
    public void Emit_CollectorDown_ReturnsWithoutThrowingAndCountsFailedExports()
    {
        var settings = ExportTestSettings.Otlp(ClosedPortEndpoint());
        using var pipeline = new SnapshotExportPipeline(settings);

        for (var i = 0; i < 3; i++)
        {
            pipeline.Emit(SampleSnapshots.Traced());
        }

        Eventually.True(() => pipeline.Statistics.ExportFailed == 3, "the three snapshots are counted as failed");
        Assert.Equal(new SnapshotExportStatistics(Dropped: 0, Discarded: 0, Exported: 0, ExportFailed: 3), pipeline.Statistics);
    }

    [Fact]
    public void Emit_QueueFullBehindAHungCollector_DropsAndCountsTheRest()
    {
        using var collector = FakeOtlpCollector.StartStalled();
        var batch = new BatchSettings(MaxQueueSize: 4, MaxExportBatchSize: 1, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(30));
        using var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint, batch) with { ShutdownTimeout = TimeSpan.FromSeconds(10) });

        pipeline.Emit(SampleSnapshots.Traced());
        Eventually.True(() => collector.RequestsStarted == 1, "the first snapshot's export hangs at the collector");
        for (var i = 0; i < 10; i++)
        {
            pipeline.Emit(SampleSnapshots.Traced());
        }

        // The hung export holds one place of four: three more are queued, seven are dropped, before or at the export
        // queue (the snapshots reach it from the handoff thread).
        Eventually.True(() => pipeline.Statistics.Dropped == 7, "seven snapshots are dropped");
        collector.Release();
        Eventually.True(() => pipeline.Statistics.Exported == 4, "the queued snapshots are sent once the collector answers");
        Assert.Equal(7, pipeline.Statistics.Dropped);
    }

    [Fact]
    public async Task Emit_SlowCollector_DoesNotWaitForIt()
    {
        using var collector = FakeOtlpCollector.StartStalled();
        using var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint) with { ShutdownTimeout = TimeSpan.FromSeconds(1) });
        pipeline.Emit(SampleSnapshots.Traced());
        Eventually.True(() => collector.RequestsStarted == 1, "an export is hanging at the collector");

        var emitting = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                pipeline.Emit(SampleSnapshots.Traced());
            }
        });

        // Times out, failing the test, if Emit waits for the hung collector.
        await emitting.WaitAsync(s_generous);
        Assert.Empty(collector.Requests);
        Assert.True(pipeline.Statistics.Dropped > 0);
    }

    [Fact]
    public async Task Dispose_HungCollector_ReturnsWithinItsTimeout()
    {
        using var collector = FakeOtlpCollector.StartStalled();
        var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint) with { ShutdownTimeout = TimeSpan.FromMilliseconds(300) });
        pipeline.Emit(SampleSnapshots.Traced());
        Eventually.True(() => collector.RequestsStarted == 1, "an export is hanging at the collector");

        var disposing = Task.Run(pipeline.Dispose);

        // Times out, failing the test, if Dispose waits for the hung collector.
        await disposing.WaitAsync(s_generous);
        Assert.Empty(collector.Requests);
    }

    [Fact]
    public void Dispose_SnapshotsQueued_SendsThemBeforeReturning()
    {
        using var collector = FakeOtlpCollector.Start();
        var batch = new BatchSettings(64, 64, TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(5));
        var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint, batch));
        pipeline.Emit(SampleSnapshots.Traced());
        pipeline.Emit(SampleSnapshots.Traced());

        pipeline.Dispose();

        var records = collector.Requests.SelectMany(static r => OtlpLogsRequest.Decode(r.Body)).SelectMany(static r => r.ScopeLogs).SelectMany(static s => s.LogRecords);
        Assert.Equal(2, records.Count());
        Assert.Equal(2, pipeline.Statistics.Exported);
    }

    [Fact]
    public void Emit_AfterDispose_IsCountedAsDroppedWithoutThrowing()
    {
        using var collector = FakeOtlpCollector.Start();
        var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint));
        pipeline.Dispose();

        pipeline.Emit(SampleSnapshots.Traced());

        Assert.Equal(1, pipeline.Statistics.Dropped);
        Assert.Empty(collector.Requests);
    }

    [Fact]
    public void Emit_InstrumentationSuppressedOnTheThread_IsCountedAsDropped()
    {
        using var collector = FakeOtlpCollector.Start();
        using var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint));

        using (SuppressInstrumentationScope.Begin())
        {
            pipeline.Emit(SampleSnapshots.Traced());
        }

        Assert.True(pipeline.Flush(s_generous));
        Assert.Equal(new SnapshotExportStatistics(Dropped: 1, Discarded: 0, Exported: 0, ExportFailed: 0), pipeline.Statistics);
    }

    [Fact]
    public void Emit_ExporterNone_CountsSnapshotsAsDiscarded()
    {
        using var pipeline = new SnapshotExportPipeline(ExportTestSettings.Create([], ClosedPortEndpoint()));

        pipeline.Emit(SampleSnapshots.Traced());
        pipeline.Emit(SampleSnapshots.Traced());

        Assert.Equal(new SnapshotExportStatistics(Dropped: 0, Discarded: 2, Exported: 0, ExportFailed: 0), pipeline.Statistics);
    }

    [Fact]
    public void Emit_OneExporterHung_OtherExporterStillReceivesEverySnapshot()
    {
        using var collector = FakeOtlpCollector.StartStalled();
        var console = new StringWriter();
        var batch = new BatchSettings(MaxQueueSize: 2, MaxExportBatchSize: 1, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(30));
        var settings = ExportTestSettings.Create([SnapshotExporterKind.Otlp, SnapshotExporterKind.Console], collector.Endpoint, batch);
        using var pipeline = new SnapshotExportPipeline(settings with { ShutdownTimeout = TimeSpan.FromSeconds(1) }, TextWriter.Synchronized(console));

        pipeline.Emit(SampleSnapshots.Traced());
        Eventually.True(() => collector.RequestsStarted == 1, "the OTLP export hangs at the collector");
        for (var i = 0; i < 5; i++)
        {
            pipeline.Emit(SampleSnapshots.Traced());
            Eventually.True(() => pipeline.Statistics.Exported == i + 2, "the console exporter writes the snapshot");
        }

        Assert.Equal(4, pipeline.Statistics.Dropped);
    }

    private static Uri ClosedPortEndpoint()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1/logs");
    }
}
