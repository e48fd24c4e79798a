using System.Reflection;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>The <c>telemetry.distro.*</c> resource attributes.</summary>
internal static class DistroIdentity
{
    public const string Name = "opentelemetry-dotnet-distro";

    public static string Version { get; } =
        typeof(DistroIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DistroIdentity).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
