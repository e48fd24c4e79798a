using System.Collections.Immutable;

namespace Distro.Debugger.Configuration;

/// <summary>
/// How the full current set of one instrumentation type differs from what is applied. Every configuration of the
/// new set and every applied one of that type is in exactly one list.
/// </summary>
/// <remarks>
/// <para><c>Added</c>: In the new set, not applied, not expired: apply.</para>
/// <para>
/// <c>Changed</c>: Applied, and re-created by the operator since (same location hash, another creation time).
/// What it captures, its target, its limits or its expiry may all differ, so the previous one is reverted and the
/// current one applied afresh, with its hit count restarted: a remove followed by an add of the same identity.
/// </para>
/// <para><c>Removed</c>: Applied but absent from the new set: revert.</para>
/// <para><c>Unchanged</c>: Applied and still the same version: leave alone (the applied instances are listed).</para>
/// <para>
/// <c>Expired</c>: BREAKPOINTs of the new set whose expiry has passed, applied or not: revert those applied and
/// report them DISABLED.
/// </para>
/// </remarks>
internal sealed record ConfigurationDiff(
    ImmutableArray<InstrumentationConfiguration> Added,
    ImmutableArray<ConfigurationChange> Changed,
    ImmutableArray<InstrumentationConfiguration> Removed,
    ImmutableArray<InstrumentationConfiguration> Unchanged,
    ImmutableArray<InstrumentationConfiguration> Expired)
{
    public bool HasWork => !Added.IsEmpty || !Changed.IsEmpty || !Removed.IsEmpty || !Expired.IsEmpty;
}
