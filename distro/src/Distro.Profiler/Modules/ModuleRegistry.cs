using Distro.Profiler.Interop;

namespace Distro.Profiler.Modules;

/// <summary>Loaded modules by runtime id and by MVID (one MVID can be loaded more than once, in several load contexts).</summary>
internal sealed class ModuleRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ModuleId, LoadedModule> _byId = [];
    private readonly Dictionary<Guid, List<LoadedModule>> _byVersionId = [];

    public void Add(LoadedModule module)
    {
        lock (_gate)
        {
            _byId[module.Id] = module;
            if (!_byVersionId.TryGetValue(module.ModuleVersionId, out var modules))
            {
                modules = [];
                _byVersionId[module.ModuleVersionId] = modules;
            }

            modules.RemoveAll(m => m.Id == module.Id);
            modules.Add(module);
        }
    }

    public LoadedModule? Remove(ModuleId id)
    {
        lock (_gate)
        {
            if (!_byId.Remove(id, out var module))
            {
                return null;
            }

            if (_byVersionId.TryGetValue(module.ModuleVersionId, out var modules))
            {
                modules.RemoveAll(m => m.Id == id);
                if (modules.Count == 0)
                {
                    _byVersionId.Remove(module.ModuleVersionId);
                }
            }

            return module;
        }
    }

    public LoadedModule? Find(ModuleId id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<LoadedModule> FindByVersionId(Guid moduleVersionId)
    {
        lock (_gate)
        {
            return _byVersionId.TryGetValue(moduleVersionId, out var modules) ? [.. modules] : [];
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byId.Count;
            }
        }
    }
}
