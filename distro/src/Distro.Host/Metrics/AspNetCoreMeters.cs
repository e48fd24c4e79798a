namespace Distro.Host.Metrics;

/// <summary>The meters ASP.NET Core itself publishes (since .NET 8): no instrumentation package is needed for them.</summary>
internal static class AspNetCoreMeters
{
    public const string Hosting = "Microsoft.AspNetCore.Hosting";
    public const string Kestrel = "Microsoft.AspNetCore.Server.Kestrel";
}
