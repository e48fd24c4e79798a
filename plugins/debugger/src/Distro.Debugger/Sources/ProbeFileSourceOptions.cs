namespace Distro.Debugger.Sources;

/// <summary>How the probe file source notices changes. The defaults are production's.</summary>
/// <remarks>
/// <para><c>DebounceDelay</c>: How long the file must stay quiet after a change before it is read, so that a file
/// being written is read once, when finished.</para>
/// <para><c>CheckInterval</c>: How often its size and last write time are compared even without a change
/// notification, for file systems where watching does not work.</para>
/// </remarks>
internal sealed record ProbeFileSourceOptions
{
    public TimeSpan DebounceDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(2);
}
