using Distro.Debugger.Configuration;

namespace Distro.Debugger.Status;

/// <summary>Where status transitions go: the <see cref="StatusReporter"/> in production.</summary>
internal interface IStatusSink
{
    /// <summary>Takes a status to report; thread-safe, never blocks on I/O, never throws.</summary>
    void Report(ConfigurationStatus status);
}
