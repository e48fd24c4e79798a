using System.Collections.Immutable;

namespace Distro.Host.Configuration;

/// <summary>
/// Reads the plugins to run, in order: the debugger first when OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED is true
/// (case-insensitive), then OTEL_DOTNET_AUTO_PLUGINS, a colon-separated list of assembly-qualified type names (colons,
/// because those names contain commas). A type listed twice runs once.
/// </summary>
internal static class PluginListReader
{
    public const string DebuggerPlugin = "Distro.Debugger.DebuggerPlugin, Distro.Debugger";

    public static ImmutableArray<string> Read(SettingsSource source)
    {
        var plugins = ImmutableArray.CreateBuilder<string>();
        if (DebuggerEnabled(source))
        {
            plugins.Add(DebuggerPlugin);
        }

        foreach (var name in NameList.Split(source.Value(HostVariables.Plugins), ':'))
        {
            if (!plugins.Contains(name, StringComparer.Ordinal))
            {
                plugins.Add(name);
            }
        }

        return plugins.ToImmutable();
    }

    private static bool DebuggerEnabled(SettingsSource source)
    {
        var value = source.Value(HostVariables.DebuggerEnabled);
        if (value is null || bool.FalseString.Equals(value, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (bool.TrueString.Equals(value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        source.Report(HostVariables.DebuggerEnabled, $"\"{value}\" is neither true nor false; the debugger stays disabled");
        return false;
    }
}
