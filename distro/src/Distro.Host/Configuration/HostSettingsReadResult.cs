using System.Collections.Immutable;

namespace Distro.Host.Configuration;

/// <summary>The settings, and what was wrong with the variables they came from.</summary>
internal sealed record HostSettingsReadResult(HostSettings Settings, ImmutableArray<SettingDiagnostic> Diagnostics);
