using Distro.Profiler.Interop;

namespace Distro.Profiler.ReJit;

/// <summary>
/// The current rewritten body of each instrumented method, written by the broker thread and read by
/// GetReJITParameters on whichever thread the runtime compiles on.
/// </summary>
internal sealed class PreparedRewriteStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(ModuleId Module, MethodDefToken Method), PreparedRewrite> _rewrites = [];

    public void Set(ModuleId module, MethodDefToken method, PreparedRewrite rewrite)
    {
        lock (_gate)
        {
            _rewrites[(module, method)] = rewrite;
        }
    }

    public PreparedRewrite? Get(ModuleId module, MethodDefToken method)
    {
        lock (_gate)
        {
            return _rewrites.GetValueOrDefault((module, method));
        }
    }

    public PreparedRewrite? Remove(ModuleId module, MethodDefToken method)
    {
        lock (_gate)
        {
            return _rewrites.Remove((module, method), out var removed) ? removed : null;
        }
    }

    public void RemoveModule(ModuleId module)
    {
        lock (_gate)
        {
            foreach (var key in _rewrites.Keys.Where(key => key.Module == module).ToList())
            {
                _rewrites.Remove(key);
            }
        }
    }
}
