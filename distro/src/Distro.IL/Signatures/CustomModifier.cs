namespace Distro.IL.Signatures;

/// <summary>A CMOD_REQD (required) or CMOD_OPT (optional) custom modifier and the TypeDefOrRef token it names.</summary>
public readonly record struct CustomModifier(bool IsRequired, int TypeToken);
