namespace Distro.Profiler.ReJit;

/// <summary>Where a rewrite or revert request stands. The numeric values are part of the exported API.</summary>
internal enum RequestState
{
    Unknown = 0,
    Queued = 1,

    /// <summary>The runtime accepted the ReJIT request; the rewritten body is installed on the method's next call.</summary>
    Requested = 2,

    /// <summary>The runtime asked for the new body and received it.</summary>
    Applied = 3,

    Reverted = 4,
    Failed = 5,
}

/// <summary>Why a request failed. The numeric values are part of the exported API.</summary>
internal enum FailureKind
{
    None = 0,
    ProfilerNotReady = 1,
    ModuleNotLoaded = 2,
    ModuleNotRewritable = 3,
    MethodNotRewritable = 4,
    UnsupportedInstruction = 5,
    InvalidSpecification = 6,
    MetadataError = 7,
    ReJitRequestFailed = 8,
    RuntimeRejected = 9,
    InternalError = 10,
}

internal readonly record struct RequestStatus(RequestState State, FailureKind Failure, int HResult, string Message);
