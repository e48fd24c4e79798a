namespace Distro.Debugger.Sources;

/// <summary>Receives what the configuration sources read: the probe manager diffs, resolves and instruments.</summary>
internal interface IConfigurationConsumer
{
    /// <summary>
    /// The full current set of one instrumentation type from one source (a configuration missing from it was
    /// removed), and the configurations that were invalid. A source calls this from its background loop, one call at
    /// a time, and never with a partial set.
    /// </summary>
    void Apply(ConfigurationUpdate update);
}
