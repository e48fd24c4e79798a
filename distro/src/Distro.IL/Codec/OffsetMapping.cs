namespace Distro.IL.Codec;

/// <summary>Where an instruction of the decoded body ended up in the encoded body.</summary>
public readonly record struct OffsetMapping(int OldOffset, int NewOffset);
