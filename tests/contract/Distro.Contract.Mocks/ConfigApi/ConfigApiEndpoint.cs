namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>The two operations of the DI configuration API, for faults aimed at one of them.</summary>
public enum ConfigApiEndpoint
{
    /// <summary>POST /list-instrumentation-configurations.</summary>
    ListConfigurations,

    /// <summary>POST /report-instrumentation-configuration-status.</summary>
    ReportStatus,
}
