namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>The instrumentation types of the DI configuration API; each has its own configuration set and cursor.</summary>
public enum InstrumentationType
{
    /// <summary>"PROBE": permanent, method-level.</summary>
    Probe,

    /// <summary>"BREAKPOINT": temporary, method- or line-level.</summary>
    Breakpoint,
}
