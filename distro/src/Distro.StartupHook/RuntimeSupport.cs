using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Distro.StartupHook;

/// <summary>
/// Decides whether this runtime can run the distro: .NET 8 or newer, and at least the runtime the distro's managed
/// assemblies were compiled for (an assembly compiled for a newer runtime fails to load on an older one).
/// </summary>
internal static class RuntimeSupport
{
    public const int MinimumMajorVersion = 8;

    private const string RuntimeContractAssembly = "System.Runtime";

    /// <summary>Why the distro cannot run on <paramref name="runtime"/>, or null when it can.</summary>
    public static string? Refusal(Version runtime, Version? required)
    {
        if (runtime.Major < MinimumMajorVersion)
        {
            return $"The distro needs .NET {MinimumMajorVersion} or newer; this process runs .NET {runtime}. Nothing is instrumented.";
        }

        if (required is not null && runtime.Major < required.Major)
        {
            return $"This build of the distro needs .NET {required.Major} or newer; this process runs .NET {runtime}. Nothing is instrumented.";
        }

        return null;
    }

    /// <summary>The version of System.Runtime that the assembly at <paramref name="path"/> references, read without loading it.</summary>
    public static Version? RequiredRuntime(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.StringComparer.Equals(reference.Name, RuntimeContractAssembly))
            {
                return reference.Version;
            }
        }

        return null;
    }
}
