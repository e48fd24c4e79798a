using System.Collections.Immutable;

namespace Distro.Debugger.Configuration;

/// <summary>What one config API response or probe file said, after validation, clamping and de-duplication.</summary>
internal sealed record ConfigurationParseResult
{
    /// <summary>False when the whole response was refused (too large, malformed, wrong shape); see <see cref="FailureReason"/>.</summary>
    public bool Succeeded => FailureReason is null;

    public string? FailureReason { get; init; }

    /// <summary>When true, <see cref="Configurations"/> is the full current set; when false, apply nothing.</summary>
    public bool Changed { get; init; }

    public SyncCursor? SyncedAt { get; init; }

    /// <summary>
    /// The interval the API asks for, clamped between <see cref="ConfigurationParser.MinSyncInterval"/> and
    /// <see cref="ConfigurationParser.MaxSyncInterval"/>; null when not given.
    /// </summary>
    public TimeSpan? SyncInterval { get; init; }

    /// <summary>Set when more pages follow; null on the last page.</summary>
    public string? NextToken { get; init; }

    public ImmutableArray<InstrumentationConfiguration> Configurations { get; init; } = [];

    public ImmutableArray<InvalidConfiguration> Invalid { get; init; } = [];

    public ImmutableArray<ConfigurationDiagnostic> Diagnostics { get; init; } = [];

    public static ConfigurationParseResult Failure(string reason) => new() { FailureReason = reason };
}
