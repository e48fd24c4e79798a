using System.Diagnostics.Tracing;

namespace Distro.Debugger.Diagnostics;

/// <summary>Events of target resolution (ids 300-399).</summary>
internal sealed partial class DebuggerEventSource
{
    [Event(300, Level = EventLevel.Informational, Message = "Probe location {0} resolved to {1} method(s): {2}")]
    public void TargetResolved(string location, int methodCount, string methods) => WriteEvent(300, location, methodCount, methods);

    [Event(301, Level = EventLevel.Informational, Message = "Probe location {0} waits for assembly {1} to load")]
    public void TargetPending(string location, string assemblies) => WriteEvent(301, location, assemblies);

    [Event(302, Level = EventLevel.Warning, Message = "Probe location {0} cannot be resolved ({1}): {2}")]
    public void TargetNotResolved(string location, string cause, string message) => WriteEvent(302, location, cause, message);

    [Event(303, Level = EventLevel.Error, Message = "Resolving probe location {0} failed: {1}")]
    public void ResolutionError(string location, string exception) => WriteEvent(303, location, exception);

    [Event(304, Level = EventLevel.Verbose, Message = "No usable symbols for {0}: {1}")]
    public void SymbolsUnavailable(string assemblyPath, string reason) => WriteEvent(304, assemblyPath, reason);

    [Event(305, Level = EventLevel.Warning, Message = "Only some types of {0} could be loaded: {1}")]
    public void TypesPartiallyLoaded(string assembly, string error) => WriteEvent(305, assembly, error);

    [Event(306, Level = EventLevel.Verbose, Message = "Assembly file {0} cannot be read while looking for a probe's target: {1}")]
    public void AssemblyFileUnreadable(string path, string error) => WriteEvent(306, path, error);
}
