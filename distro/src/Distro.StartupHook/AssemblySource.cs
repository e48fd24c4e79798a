namespace Distro.StartupHook;

/// <summary>Where an assembly that the distro's code asks for comes from.</summary>
internal enum AssemblySource
{
    /// <summary>The default load context: shared with the application.</summary>
    Default,

    /// <summary>The distro's own copy, loaded into the distro's load context.</summary>
    DistroHome,
}
