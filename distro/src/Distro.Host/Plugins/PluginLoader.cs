using System.Reflection;
using Distro.Host.Diagnostics;

namespace Distro.Host.Plugins;

/// <summary>
/// Creates the plugins named by assembly-qualified type names: public, non-abstract classes with a public parameterless
/// constructor. A name that cannot be resolved, a type that cannot be created and a constructor that throws are each
/// reported and skipped.
/// </summary>
internal static class PluginLoader
{
    public static PluginSet Load(IEnumerable<string> typeNames, PluginAssemblyLoader assemblies)
    {
        var plugins = new List<LoadedPlugin>();
        foreach (var typeName in typeNames)
        {
            if (Create(typeName, assemblies) is { } plugin)
            {
                plugins.Add(plugin);
            }
        }

        return new PluginSet(plugins);
    }

    private static LoadedPlugin? Create(string text, PluginAssemblyLoader assemblies)
    {
        var name = PluginTypeName.Parse(text);
        if (name is null)
        {
            HostLog.Warning($"Plugin \"{text}\" is not an assembly-qualified type name (Namespace.Type, Assembly); skipped");
            return null;
        }

        var type = FindType(text, name, assemblies);
        if (type is null)
        {
            return null;
        }

        if (!type.IsClass || type.IsAbstract || !type.IsVisible || type.ContainsGenericParameters)
        {
            HostLog.Warning($"Plugin {text}: {type.FullName} is not a public, non-abstract, non-generic class; skipped");
            return null;
        }

        if (type.GetConstructor(Type.EmptyTypes) is not { IsPublic: true } constructor)
        {
            HostLog.Warning($"Plugin {text}: {type.FullName} has no public parameterless constructor; skipped");
            return null;
        }

        try
        {
            var plugin = new LoadedPlugin(text, constructor.Invoke(null));
            HostLog.Info($"Plugin {text} loaded from {type.Assembly.Location}");
            return plugin;
        }
        catch (TargetInvocationException e)
        {
            HostLog.Error($"Plugin {text}: the constructor of {type.FullName} threw; skipped", e.InnerException ?? e);
            return null;
        }
    }

    private static Type? FindType(string text, PluginTypeName name, PluginAssemblyLoader assemblies)
    {
        Assembly assembly;
        try
        {
            assembly = assemblies.Load(name.Assembly);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            HostLog.Warning(
                $"Plugin {text}: plugin type not found: its assembly {name.Assembly.Name} is not in {string.Join(" or ", assemblies.Directories)} " +
                $"nor among the application's dependencies ({e.Message}); skipped");
            return null;
        }

        var type = assembly.GetType(name.TypeName, throwOnError: false);
        if (type is null)
        {
            HostLog.Warning($"Plugin {text}: plugin type not found: {assembly.Location} has no type {name.TypeName}; skipped");
        }

        return type;
    }
}
