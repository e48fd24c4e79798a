using System.Collections.Immutable;

namespace Distro.Host.Configuration;

/// <summary>Splits a list variable into its distinct, non-blank entries, in the order written.</summary>
internal static class NameList
{
    public static ImmutableArray<string> Split(string? text, char separator)
    {
        if (text is null)
        {
            return [];
        }

        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var name in text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names.ToImmutable();
    }
}
