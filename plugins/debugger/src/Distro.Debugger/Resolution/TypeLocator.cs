using System.Reflection;
using System.Runtime.CompilerServices;

namespace Distro.Debugger.Resolution;

/// <summary>Finds the loaded types that a configured class name and code unit name.</summary>
internal static class TypeLocator
{
    // Indexed once per assembly by simple name; the weak table lets collectible assemblies unload.
    private static readonly ConditionalWeakTable<Assembly, ILookup<string, Type>> s_typesByName = new();

    /// <summary>The types that match exactly, or if none does, those that match loosely.</summary>
    public static IReadOnlyList<Type> Find(IEnumerable<Assembly> assemblies, ClassNamePattern pattern, string codeUnit)
    {
        var exact = new List<Type>();
        var loose = new List<Type>();
        foreach (var assembly in assemblies)
        {
            var assemblyName = AssemblySimpleNames.Of(assembly);
            foreach (var type in TypesNamed(assembly, pattern.SimpleName))
            {
                var match = pattern.Match(TypePath.Of(type), codeUnit, assemblyName);
                (match == TypeMatch.Exact ? exact : match == TypeMatch.Loose ? loose : null)?.Add(type);
            }
        }

        return exact.Count > 0 ? exact : loose;
    }

    /// <summary>The types of an assembly whose own name (without arity) is <paramref name="simpleName"/>.</summary>
    public static IEnumerable<Type> TypesNamed(Assembly assembly, string simpleName) =>
        s_typesByName.GetValue(assembly, static assembly => LoadableTypes.Of(assembly).ToLookup(type => NameSegment.Split(type.Name).Name, StringComparer.Ordinal))[simpleName];
}
