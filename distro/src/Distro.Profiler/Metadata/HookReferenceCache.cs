using Distro.IL.Rewriting;
using Distro.Profiler.Interop;

namespace Distro.Profiler.Metadata;

/// <summary>
/// The hook references emitted into each module, emitted once per module: metadata emit adds rows for good,
/// so emitting them again for every rewrite would grow the module's metadata.
/// </summary>
internal sealed class HookReferenceCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ModuleId, (HooksAssemblyIdentity Hooks, HookTokens Tokens)> _byModule = [];

    public HookTokens GetOrCreate(ModuleId module, ModuleMetadata metadata, HooksAssemblyIdentity hooks)
    {
        lock (_gate)
        {
            if (_byModule.TryGetValue(module, out var cached) && cached.Hooks == hooks)
            {
                return cached.Tokens;
            }

            var tokens = HookReferenceEmitter.Emit(metadata, hooks);
            _byModule[module] = (hooks, tokens);
            return tokens;
        }
    }

    public void Remove(ModuleId module)
    {
        lock (_gate)
        {
            _byModule.Remove(module);
        }
    }
}
