using System.Reflection;

namespace Distro.Host.Resources;

/// <summary>The <c>telemetry.distro.*</c> values.</summary>
internal static class DistroIdentity
{
    public const string Name = "opentelemetry-dotnet-distro";

    public static string Version { get; } =
        typeof(DistroIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DistroIdentity).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
