using System.Collections.Immutable;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Configuration;

/// <summary>Collects the parser's diagnostics for the result and mirrors each one to the plugin's event source.</summary>
internal sealed class DiagnosticSink
{
    private readonly ImmutableArray<ConfigurationDiagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<ConfigurationDiagnostic>();

    public void Report(ConfigurationIssue issue, string? locationHash, string path, string message)
    {
        _diagnostics.Add(new ConfigurationDiagnostic(issue, locationHash, path, message));
        DebuggerEventSource.Log.ReportConfigurationIssue(issue, locationHash, path, message);
    }

    public ImmutableArray<ConfigurationDiagnostic> ToImmutable() => _diagnostics.ToImmutable();
}
