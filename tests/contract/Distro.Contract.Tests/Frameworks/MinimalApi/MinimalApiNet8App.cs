namespace Distro.Contract.Tests.Frameworks.MinimalApi;

/// <summary>MinimalApi.App's sources built self-contained for .NET 8, the oldest runtime the distro supports.</summary>
public sealed class MinimalApiNet8App() : MinimalApiApp("MinimalApi.Net8.App", "contract-minimal-api-net8");
