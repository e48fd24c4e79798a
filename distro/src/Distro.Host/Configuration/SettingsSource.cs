using System.Collections.Immutable;

namespace Distro.Host.Configuration;

/// <summary>
/// The variables being read (the process environment in production, a dictionary in tests) and what was wrong with
/// them. Blank values count as unset.
/// </summary>
internal sealed class SettingsSource(Func<string, string?> lookup)
{
    private readonly ImmutableArray<SettingDiagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<SettingDiagnostic>();

    public ImmutableArray<SettingDiagnostic> Diagnostics => _diagnostics.ToImmutable();

    public string? Value(string variable)
    {
        var text = lookup(variable);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public void Report(string variable, string message) => _diagnostics.Add(new SettingDiagnostic(variable, message));
}
