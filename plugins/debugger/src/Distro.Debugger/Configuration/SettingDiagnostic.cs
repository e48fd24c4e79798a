namespace Distro.Debugger.Configuration;

/// <summary>An environment variable whose value could not be used as given, and what was used instead.</summary>
internal sealed record SettingDiagnostic(string Variable, string Message);
