using System.Collections.Immutable;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Export.Settings;

internal sealed record SnapshotExportSettingsReadResult(SnapshotExportSettings Settings, ImmutableArray<SettingDiagnostic> Diagnostics);
