namespace Distro.Debugger.Export.Settings;

/// <summary>The batch log record processor's bounds (<c>OTEL_BLRP_*</c>).</summary>
/// <remarks>
/// <para><c>MaxQueueSize</c>: snapshots waiting or being exported; beyond it new snapshots are dropped and counted.</para>
/// <para><c>MaxExportBatchSize</c>: at most this many snapshots per export request; never above the queue size.</para>
/// </remarks>
internal sealed record BatchSettings(int MaxQueueSize, int MaxExportBatchSize, TimeSpan ScheduleDelay, TimeSpan ExportTimeout)
{
    public static readonly BatchSettings Default = new(2048, 512, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    /// <summary>The queue is allocated up front; this keeps a mistyped size from taking the host's memory.</summary>
    public const int MaxQueueSizeLimit = 1 << 20;
}
