using System.Collections.Immutable;

namespace Distro.Debugger.Configuration;

internal sealed record SettingsReadResult(DebuggerSettings Settings, ImmutableArray<SettingDiagnostic> Diagnostics);
