namespace Distro.Hooks.Control;

/// <summary>Where the instrumentation of a method stands.</summary>
public enum InstrumentationState
{
    Unknown = 0,

    /// <summary>Waiting for the profiler's thread.</summary>
    Queued = 1,

    /// <summary>The runtime accepted the rewrite; the method runs the new code from its next call.</summary>
    Requested = 2,

    /// <summary>The runtime compiled the rewritten method.</summary>
    Applied = 3,

    /// <summary>The original code is back.</summary>
    Reverted = 4,

    Failed = 5,
}

/// <summary>Why instrumentation failed. Values up to <see cref="InternalError"/> are the profiler's own; later ones are found before the profiler is asked.</summary>
public enum InstrumentationFailure
{
    None = 0,
    ProfilerNotAvailable = 1,
    ModuleNotLoaded = 2,
    ModuleNotRewritable = 3,
    MethodNotRewritable = 4,
    UnsupportedInstruction = 5,
    InvalidSpecification = 6,
    MetadataError = 7,
    ReJitRequestFailed = 8,
    RuntimeRejected = 9,
    InternalError = 10,

    /// <summary>The probe registry is full: a probe must be removed before another is armed.</summary>
    ProbeLimitReached = 11,

    /// <summary>The module and metadata token given to arm a method name no method.</summary>
    MethodNotFound = 12,
}

/// <summary>The state of an instrumentation request, and for a failure its cause in words.</summary>
public readonly record struct InstrumentationStatus(InstrumentationState State, InstrumentationFailure Failure, int HResult, string Message)
{
    public bool IsActive => State is InstrumentationState.Requested or InstrumentationState.Applied;

    internal static InstrumentationStatus Failed(InstrumentationFailure failure, string message) =>
        new(InstrumentationState.Failed, failure, 0, message);

    /// <summary>The state; for a failure its cause, and for any other state the profiler's note when it made one.</summary>
    public override string ToString() =>
        State == InstrumentationState.Failed ? $"{State} ({Failure}, 0x{HResult:X8}): {Message}"
        : string.IsNullOrEmpty(Message) ? State.ToString()
        : $"{State}: {Message}";
}
