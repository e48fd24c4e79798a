namespace Distro.Debugger.Configuration;

/// <summary>The status of one configuration as reported to the config API.</summary>
internal enum InstrumentationStatus
{
    /// <summary>Really applied: the method runs the rewritten code.</summary>
    Ready,

    /// <summary>Hit at least once; repeated at most every 60 s while hits continue.</summary>
    Active,

    /// <summary>Stopped at MaxHits or at expiry.</summary>
    Disabled,

    /// <summary>Could not be applied; an <see cref="ErrorCause"/> says why.</summary>
    Error,
}
