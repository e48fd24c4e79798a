using System.Reflection;

namespace Distro.StartupHook;

/// <summary>
/// The assemblies the default load context binds by name: the runtime's and the application's, as the host listed them
/// in TRUSTED_PLATFORM_ASSEMBLIES. Versions are read from the files on first use and kept.
/// </summary>
internal sealed class TrustedPlatformAssemblies
{
    private readonly Dictionary<string, string> _paths;
    private readonly Dictionary<string, Version?> _versions = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();

    public TrustedPlatformAssemblies(IEnumerable<string> paths)
    {
        _paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            _paths[Path.GetFileNameWithoutExtension(path)] = path;
        }
    }

    public static TrustedPlatformAssemblies OfThisProcess() =>
        new(((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The version the default context would load for <paramref name="name"/>, or null when it has none.</summary>
    public Version? VersionOf(string name)
    {
        if (!_paths.TryGetValue(name, out var path))
        {
            return null;
        }

        lock (_gate)
        {
            if (!_versions.TryGetValue(name, out var version))
            {
                version = ReadVersion(path);
                _versions[name] = version;
            }

            return version;
        }
    }

    private static Version? ReadVersion(string path)
    {
        try
        {
            return AssemblyName.GetAssemblyName(path).Version;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
