using Distro.Debugger.Sources;

namespace Distro.Debugger.Status;

/// <summary>How statuses are gathered and sent. The defaults are production's.</summary>
/// <remarks>
/// <para><c>CoalesceDelay</c>: How long the reporter waits after a status arrives, so that the statuses of one
/// change to many configurations go in few requests, and a configuration's short-lived statuses are not sent at all.</para>
/// <para><c>Capacity</c>: How many configurations may have a status waiting; beyond that the oldest is dropped.</para>
/// <para><c>FlushTimeout</c>: How long dispose spends sending what is still waiting.</para>
/// </remarks>
internal sealed record StatusReporterOptions
{
    public TimeSpan CoalesceDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public int Capacity { get; init; } = 10_000;

    public TimeSpan FlushTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public ConfigApiClientOptions Client { get; init; } = new();
}
