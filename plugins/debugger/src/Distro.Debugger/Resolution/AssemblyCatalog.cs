using System.Reflection;
using System.Runtime.Loader;

namespace Distro.Debugger.Resolution;

/// <summary>
/// The assemblies a probe can target: those loaded now in any load context (dynamic ones left out), and the files of
/// those the application can still load (by default the trusted platform assemblies: the app's own and its packages').
/// </summary>
internal sealed class AssemblyCatalog(Func<IEnumerable<Assembly>> loadedAssemblies, Func<IEnumerable<string>> loadableAssemblyPaths)
{
    public static AssemblyCatalog ForProcess { get; } = new(LoadedInEveryContext, TrustedPlatformAssemblies);

    public IReadOnlyList<Assembly> Loaded() =>
        loadedAssemblies().Where(assembly => !assembly.IsDynamic).Distinct().ToList();

    /// <summary>Files of assemblies that no context has loaded under their name yet.</summary>
    public IReadOnlyList<string> NotYetLoaded(IReadOnlyList<Assembly> loaded)
    {
        var loadedNames = loaded.Select(AssemblySimpleNames.Of).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return loadableAssemblyPaths()
            .Where(path => !loadedNames.Contains(Path.GetFileNameWithoutExtension(path)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static List<Assembly> LoadedInEveryContext()
    {
        var assemblies = new List<Assembly>();
        foreach (var context in AssemblyLoadContext.All)
        {
            try
            {
                assemblies.AddRange(context.Assemblies);
            }
            catch (InvalidOperationException)
            {
                // A collectible context that is unloading has nothing left to probe.
            }
        }

        return assemblies;
    }

    private static IEnumerable<string> TrustedPlatformAssemblies() =>
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string)?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries) ?? [];
}
