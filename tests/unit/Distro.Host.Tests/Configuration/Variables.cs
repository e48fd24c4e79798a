namespace Distro.Host.Tests.Configuration;

/// <summary>A variable lookup over a fixed set, standing in for the process environment.</summary>
internal static class Variables
{
    public static Func<string, string?> Of(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(variable => variable.Name, variable => variable.Value, StringComparer.Ordinal);
        return name => map.GetValueOrDefault(name);
    }
}
