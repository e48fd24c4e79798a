using System.Reflection;
using System.Runtime.Loader;

namespace Distro.Host.Plugins;

/// <summary>
/// Finds a plugin's assembly and loads it into the host's own load context, so that the plugin's references to
/// OpenTelemetry bind to the SDK the host configures. It looks, in order, among the assemblies that context already
/// holds, in the distro's folder, in the application's folder, and last by name (the application's dependencies).
/// </summary>
internal sealed class PluginAssemblyLoader(AssemblyLoadContext context, IReadOnlyList<string> directories)
{
    public IReadOnlyList<string> Directories => directories;

    /// <summary>For the host as the startup hook loads it: the distro's folder, then the application's.</summary>
    public static PluginAssemblyLoader ForHost()
    {
        var hostAssembly = typeof(PluginAssemblyLoader).Assembly;
        var context = AssemblyLoadContext.GetLoadContext(hostAssembly) ?? AssemblyLoadContext.Default;
        var directories = new[] { Path.GetDirectoryName(hostAssembly.Location), AppContext.BaseDirectory }
            .Where(directory => !string.IsNullOrEmpty(directory))
            .Select(directory => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory!)))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new PluginAssemblyLoader(context, directories);
    }

    /// <exception cref="FileNotFoundException">No such assembly anywhere.</exception>
    public Assembly Load(AssemblyName name)
    {
        var loaded = context.Assemblies.FirstOrDefault(assembly => AssemblyName.ReferenceMatchesDefinition(name, assembly.GetName()));
        if (loaded is not null)
        {
            return loaded;
        }

        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            if (File.Exists(path))
            {
                return context.LoadFromAssemblyPath(path);
            }
        }

        return context.LoadFromAssemblyName(name);
    }
}
