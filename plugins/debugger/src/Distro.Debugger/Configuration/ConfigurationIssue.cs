namespace Distro.Debugger.Configuration;

/// <summary>What was wrong with a field or a configuration, and so what the parser did about it.</summary>
internal enum ConfigurationIssue
{
    /// <summary>A number outside its range was clamped to the nearest bound.</summary>
    ValueClamped,

    /// <summary>A value of the wrong JSON type was converted (e.g. <c>"20"</c> for 20) or replaced by the default.</summary>
    WrongType,

    /// <summary>A value of the right type that cannot be used (a fractional count, an unreadable date) was replaced by the default.</summary>
    InvalidValue,

    /// <summary>A value that does not apply to this kind of configuration (a PROBE's line number) was ignored.</summary>
    ValueIgnored,

    /// <summary>A configuration lacking what matters was dropped and listed as invalid.</summary>
    ConfigurationDropped,

    /// <summary>An older copy of a configuration that appeared more than once was dropped.</summary>
    DuplicateConfiguration,
}
