using System.Reflection;

namespace Distro.StartupHook;

/// <summary>
/// The assemblies whose types the application and the distro must share. <c>Activity</c> (System.Diagnostics.DiagnosticSource)
/// carries the trace context from the application's requests into the distro's spans and snapshots, and the framework
/// hands its own DiagnosticSource types to the distro (HttpClient's propagator): a second, newer copy in the distro's
/// load context would see none of the application's activities and break on the framework's. The default context holds
/// one version, chosen when the application started, so the application's copy must be at least the distro's.
/// </summary>
internal static class SharedTypeAssemblies
{
    public static readonly IReadOnlyList<string> Names = ["System.Diagnostics.DiagnosticSource"];

    /// <summary>Why the distro cannot share <paramref name="name"/> with the application, or null when it can.</summary>
    public static string? Refusal(string name, Version? application, Version? distro)
    {
        if (application is null || distro is null || application >= distro)
        {
            return null;
        }

        return $"This application loads {name} {application}, older than the {distro} the distro needs. "
            + $"Add a PackageReference to {name} {distro.Major}.{distro.Minor}.0 or newer to the application, or run it on .NET {distro.Major}. "
            + "Nothing is instrumented.";
    }

    /// <summary>The first refusal among <see cref="Names"/>, comparing the default context's copies with the distro's.</summary>
    public static string? Refusal(TrustedPlatformAssemblies application, DistroHome home)
    {
        foreach (var name in Names)
        {
            var shipped = home.PathOf(name);
            var distro = File.Exists(shipped) ? AssemblyName.GetAssemblyName(shipped).Version : null;
            if (Refusal(name, application.VersionOf(name), distro) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
