using System.Collections.Immutable;

namespace Distro.Host.Configuration;

/// <summary>
/// Reads a comma-separated exporter list: <c>otlp</c> (the default), <c>console</c>, or <c>none</c>. Unknown names are
/// reported and ignored; a list of nothing but unknown names falls back to otlp, so that a typo does not silently lose
/// the signal.
/// </summary>
internal static class ExporterListReader
{
    private const string None = "none";

    private static readonly Dictionary<string, ExporterKind> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["otlp"] = ExporterKind.Otlp,
        ["console"] = ExporterKind.Console,
    };

    public static ImmutableArray<ExporterKind> Read(SettingsSource source, string variable)
    {
        var names = NameList.Split(source.Value(variable), ',');
        if (names.IsEmpty)
        {
            return [ExporterKind.Otlp];
        }

        var kinds = ImmutableArray.CreateBuilder<ExporterKind>();
        var none = false;
        foreach (var name in names)
        {
            if (name.Equals(None, StringComparison.OrdinalIgnoreCase))
            {
                none = true;
            }
            else if (s_names.TryGetValue(name, out var kind))
            {
                if (!kinds.Contains(kind))
                {
                    kinds.Add(kind);
                }
            }
            else
            {
                source.Report(variable, $"unknown exporter \"{name}\" (otlp, console or none); ignored");
            }
        }

        if (kinds.Count > 0)
        {
            if (none)
            {
                source.Report(variable, "\"none\" is ignored when other exporters are named");
            }

            return kinds.ToImmutable();
        }

        if (none)
        {
            return [];
        }

        source.Report(variable, "names no known exporter; using otlp");
        return [ExporterKind.Otlp];
    }
}
