using Distro.Debugger.Configuration;
using Distro.Debugger.Export;
using Distro.Debugger.Export.Settings;
using Distro.Debugger.Tests.Export.Otlp;

namespace Distro.Debugger.Tests.Export;

[Collection(SnapshotExportCollection.Name)]
public class ExportEventsTests
{
    [Fact]
    public void Read_BadSetting_IsReportedThroughTheEventSource()
    {
        using var listener = new ExportEventListener();
        var debugger = DebuggerSettingsReader.Read(static _ => null).Settings;

        _ = SnapshotExportSettingsReader.Read(static name => name == SnapshotExportVariables.MaxQueueSize ? "lots" : null, debugger);

        Assert.Contains(listener.Events, static e => e.EventId == 500 && Equals(e.Payload?[0], SnapshotExportVariables.MaxQueueSize));
    }

    [Fact]
    public void Emit_QueueFull_DropsAreReportedThroughTheEventSource()
    {
        using var listener = new ExportEventListener();
        using var collector = FakeOtlpCollector.StartStalled();
        var batch = new BatchSettings(MaxQueueSize: 1, MaxExportBatchSize: 1, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(30));
        var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(collector.Endpoint, batch) with { ShutdownTimeout = TimeSpan.FromSeconds(10) });
        pipeline.Emit(SampleSnapshots.Traced());
        Eventually.True(() => collector.RequestsStarted == 1, "the first export hangs at the collector");
        pipeline.Emit(SampleSnapshots.Traced());
        Eventually.True(() => pipeline.Statistics.Dropped == 1, "the second snapshot reaches the full export queue");
        pipeline.Emit(SampleSnapshots.Traced());
        Eventually.True(() => pipeline.Statistics.Dropped == 2, "the third snapshot reaches the full export queue");

        collector.Release();
        pipeline.Dispose();

        Assert.Contains(listener.Events, static e => e.EventId == 503 && Equals(e.Payload?[0], "otlp") && Equals(e.Payload?[1], 2L));
        Assert.Contains(listener.Events, static e => e.EventId == 507 && Equals(e.Payload?[0], "otlp") && Equals(e.Payload?[4], 2L));
    }

    [Fact]
    public void Emit_CollectorDown_FailedExportsAreReportedThroughTheEventSource()
    {
        using var listener = new ExportEventListener();
        using var pipeline = new SnapshotExportPipeline(ExportTestSettings.Otlp(new Uri("http://127.0.0.1:9/v1/logs")));

        pipeline.Emit(SampleSnapshots.Traced());

        Eventually.True(() => listener.Events.Any(static e => e.EventId == 504 && Equals(e.Payload?[0], "otlp")), "the failed export is reported");
    }
}
