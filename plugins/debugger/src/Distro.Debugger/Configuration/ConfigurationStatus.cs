namespace Distro.Debugger.Configuration;

/// <summary>One entry of a status report.</summary>
/// <remarks>
/// <para><c>Cause</c>: Set with <see cref="InstrumentationStatus.Error"/> only.</para>
/// </remarks>
internal sealed record ConfigurationStatus(
    InstrumentationType Type,
    SignalType Signal,
    string LocationHash,
    InstrumentationStatus Status,
    DateTimeOffset Time,
    ErrorCause? Cause = null)
{
    public static ConfigurationStatus Of(
        InstrumentationConfiguration configuration,
        InstrumentationStatus status,
        DateTimeOffset time,
        ErrorCause? cause = null) =>
        new(configuration.Type, configuration.Signal, configuration.LocationHash, status, time, cause);
}
