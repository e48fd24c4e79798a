namespace Distro.Profiler.Metadata;

/// <summary>The assembly rewritten IL calls into, as managed code reported it.</summary>
internal sealed record HooksAssemblyIdentity(string Name, Version Version)
{
    public const string HooksTypeName = "Distro.Hooks.ProbeHooks";
}
