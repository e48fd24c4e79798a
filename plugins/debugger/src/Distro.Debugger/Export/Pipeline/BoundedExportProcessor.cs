using Distro.Debugger.Export.Settings;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>
/// The SDK's batch processor behind a counted gate. The SDK counts its own drops only internally (in 1.20 neither
/// the count nor the drop notification is public), so records are admitted here against <see cref="QueueCapacity"/>
/// and refused ones are counted before the SDK queue could ever be full.
/// </summary>
internal sealed class BoundedExportProcessor : BatchLogRecordExportProcessor
{
    private readonly QueueCapacity _capacity;
    private readonly ExportCounters _counters;

    public BoundedExportProcessor(CapacityReleasingExporter exporter, BatchSettings batch)
        : base(
            exporter,
            batch.MaxQueueSize,
            ToMilliseconds(batch.ScheduleDelay),
            ToMilliseconds(batch.ExportTimeout),
            batch.MaxExportBatchSize)
    {
        _capacity = exporter.Capacity;
        _counters = exporter.Counters;
    }

    public override void OnEnd(LogRecord data)
    {
        if (!_capacity.TryReserve())
        {
            _counters.AddDropped();
            return;
        }

        base.OnEnd(data);
    }

    private static int ToMilliseconds(TimeSpan duration) => (int)Math.Clamp(duration.TotalMilliseconds, 1, int.MaxValue);
}
