using System.Diagnostics;
using System.Reflection;
using OpenTelemetry;

namespace LegacyOpenTelemetry.App;

/// <summary>The application's own tracing, with its own (older) OpenTelemetry SDK.</summary>
internal static class AppTelemetry
{
    public const string SourceName = "LegacyOpenTelemetry.App";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>The package version of the OpenTelemetry SDK this application runs with (its assembly version is always 1.0.0.0).</summary>
    public static string SdkVersion =>
        typeof(Sdk).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
