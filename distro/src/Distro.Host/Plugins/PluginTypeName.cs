using System.Reflection;

namespace Distro.Host.Plugins;

/// <summary>An assembly-qualified type name split into the type's full name and its assembly's name.</summary>
internal sealed record PluginTypeName(string TypeName, AssemblyName Assembly)
{
    /// <summary>Null when <paramref name="text"/> names no assembly or is not a valid name.</summary>
    public static PluginTypeName? Parse(string text)
    {
        // The first comma outside brackets ends the type name: generic arguments carry commas of their own.
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    return Create(text[..i].Trim(), text[(i + 1)..].Trim());
                default:
                    break;
            }
        }

        return null;
    }

    private static PluginTypeName? Create(string typeName, string assemblyName)
    {
        if (typeName.Length == 0 || assemblyName.Length == 0)
        {
            return null;
        }

        try
        {
            return new PluginTypeName(typeName, new AssemblyName(assemblyName));
        }
        catch (Exception e) when (e is FileLoadException or ArgumentException)
        {
            return null;
        }
    }
}
