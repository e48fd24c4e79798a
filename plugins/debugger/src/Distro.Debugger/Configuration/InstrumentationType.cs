namespace Distro.Debugger.Configuration;

/// <summary>The two kinds of configuration the config API serves, each polled and diffed on its own.</summary>
internal enum InstrumentationType
{
    /// <summary>Permanent and method-level.</summary>
    Probe,

    /// <summary>Temporary: bounded by MaxHits and ExpiresAt; method- or line-level.</summary>
    Breakpoint,
}
