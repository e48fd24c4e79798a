using Distro.Contract.Tests.Host;

namespace Distro.Contract.Tests.Frameworks.MinimalApi;

/// <summary>
/// MinimalApi.App's sources built framework-dependent for .NET 8, with the framework's own, older
/// System.Diagnostics.DiagnosticSource, and run on a .NET 8 installation.
/// </summary>
public sealed class MinimalApiNet8FrameworkDependentApp() : MinimalApiApp("MinimalApi.Net8.FrameworkDependent.App", "contract-minimal-api-net8-shared")
{
    protected override IReadOnlyList<string> Command() => [HostLayout.Dotnet8Muxer, HostLayout.AppPath(AppName)];
}
