namespace Distro.Debugger.Sources;

/// <summary>Why a call to the config API failed; a change of kind is worth a diagnostic, a repeat is not.</summary>
internal enum ApiFailureKind
{
    /// <summary>No connection, or the connection broke.</summary>
    Unreachable,

    /// <summary>No complete answer within the request timeout.</summary>
    TimedOut,

    /// <summary>A 5xx answer, or 408 or 429: worth retrying.</summary>
    ServerError,

    /// <summary>Another non-success answer: the request itself is refused.</summary>
    Rejected,

    /// <summary>An answer that cannot be used: malformed, too large, endless paging.</summary>
    InvalidResponse,

    /// <summary>Anything else; reported with the exception so it can be fixed.</summary>
    Unexpected,
}
