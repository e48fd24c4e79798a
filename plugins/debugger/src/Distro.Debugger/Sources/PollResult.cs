using System.Collections.Immutable;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Sources;

/// <summary>The result of one poll of one instrumentation type, all pages together.</summary>
/// <remarks>
/// <para><c>SyncedAt</c>: The cursor to echo next time; null when the API sent none.</para>
/// <para><c>SyncInterval</c>: The interval the API asked for; null when it asked for none.</para>
/// <para><c>Failure</c>: Set with <see cref="PollOutcome.Failed"/> only.</para>
/// </remarks>
internal sealed record PollResult(
    PollOutcome Outcome,
    ImmutableArray<InstrumentationConfiguration> Configurations,
    ImmutableArray<InvalidConfiguration> Invalid,
    SyncCursor? SyncedAt,
    TimeSpan? SyncInterval,
    ApiFailure? Failure)
{
    public static PollResult Changed(
        ImmutableArray<InstrumentationConfiguration> configurations,
        ImmutableArray<InvalidConfiguration> invalid,
        SyncCursor? syncedAt,
        TimeSpan? syncInterval) =>
        new(PollOutcome.Changed, configurations, invalid, syncedAt, syncInterval, null);

    public static PollResult Unchanged(SyncCursor? syncedAt, TimeSpan? syncInterval) =>
        new(PollOutcome.Unchanged, [], [], syncedAt, syncInterval, null);

    public static PollResult NotFound { get; } = new(PollOutcome.NotFound, [], [], null, null, null);

    public static PollResult Failed(ApiFailure failure) => new(PollOutcome.Failed, [], [], null, null, failure);
}
