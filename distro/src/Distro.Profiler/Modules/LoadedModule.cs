using Distro.Profiler.Interop;

namespace Distro.Profiler.Modules;

/// <summary>What the profiler knows about one loaded module.</summary>
internal sealed record LoadedModule(ModuleId Id, Guid ModuleVersionId, string Path, string AssemblyName, ModuleFlags Flags)
{
    /// <summary>Dynamic (Reflection.Emit) and collectible modules are never rewritten: their code can vanish under us.</summary>
    public string? ReasonNotRewritable =>
        (Flags & ModuleFlags.Dynamic) != 0 ? "the module is dynamic (Reflection.Emit)"
        : (Flags & ModuleFlags.Collectible) != 0 ? "the module is collectible"
        : (Flags & ModuleFlags.ResourceOnly) != 0 ? "the module holds only resources"
        : null;
}
