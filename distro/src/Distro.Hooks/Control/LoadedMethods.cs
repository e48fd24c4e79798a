using System.Reflection;
using System.Runtime.Loader;

namespace Distro.Hooks.Control;

/// <summary>Finds a method of a loaded module by the module's MVID and the method's metadata token.</summary>
internal static class LoadedMethods
{
    private const int MethodDefinitionTable = 0x06;

    /// <summary>The method, or null with the reason in <paramref name="refusal"/>.</summary>
    public static MethodBase? Find(Guid moduleVersionId, int methodToken, out InstrumentationStatus refusal)
    {
        var module = AssemblyLoadContext.All
            .SelectMany(context => context.Assemblies)
            .SelectMany(assembly => assembly.GetLoadedModules())
            .FirstOrDefault(candidate => candidate.ModuleVersionId == moduleVersionId);
        if (module is null)
        {
            refusal = InstrumentationStatus.Failed(InstrumentationFailure.ModuleNotLoaded, $"no loaded module has MVID {moduleVersionId}");
            return null;
        }

        // A MemberRef or MethodSpec token would resolve to a method of another module, or to one instantiation.
        if ((uint)methodToken >> 24 != MethodDefinitionTable)
        {
            refusal = NotFound($"0x{methodToken:x8} is not a method definition token");
            return null;
        }

        MethodBase? method;
        try
        {
            method = module.ResolveMethod(methodToken);
        }
        catch (ArgumentException)
        {
            method = null;
        }

        refusal = method is null ? NotFound($"{module.Name} defines no method with token 0x{methodToken:x8}") : default;
        return method;
    }

    private static InstrumentationStatus NotFound(string message) => InstrumentationStatus.Failed(InstrumentationFailure.MethodNotFound, message);
}
