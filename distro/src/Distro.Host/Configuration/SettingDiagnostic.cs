namespace Distro.Host.Configuration;

/// <summary>A variable whose value could not be used as written, and what the host did instead.</summary>
internal sealed record SettingDiagnostic(string Variable, string Message)
{
    public override string ToString() => $"{Variable}: {Message}";
}
