namespace Distro.Debugger.Sources;

/// <summary>What one poll of one instrumentation type came to.</summary>
internal enum PollOutcome
{
    /// <summary>A full set, all pages read: apply it.</summary>
    Changed,

    /// <summary><c>Changed: false</c>: apply nothing.</summary>
    Unchanged,

    /// <summary>404: the API has no configurations of this type: apply an empty set.</summary>
    NotFound,

    /// <summary>The API could not be read: apply nothing, keep the cursor, back off.</summary>
    Failed,
}
