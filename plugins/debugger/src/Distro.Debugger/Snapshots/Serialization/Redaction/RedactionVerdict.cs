namespace Distro.Debugger.Snapshots.Serialization.Redaction;

/// <summary>
/// A policy's verdict about a name or a type, remembered next to it. Only the last policy asked is remembered:
/// a process uses one policy, so the verdict is computed once per name or type.
/// </summary>
internal sealed record RedactionVerdict(RedactionPolicy Policy, bool IsRedacted);
