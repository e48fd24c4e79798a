namespace Distro.Debugger.Resolution;

/// <summary>What a location resolved to: methods to instrument, a wait for an assembly, or a failure.</summary>
internal abstract record ResolutionResult
{
    private protected ResolutionResult()
    {
    }
}

/// <summary>The methods to instrument; never empty.</summary>
internal sealed record ResolvedTargets(IReadOnlyList<ResolvedTarget> Targets) : ResolutionResult;

/// <summary>
/// The target is in an assembly that the application has not loaded yet. Resolve the same location again
/// when one of <see cref="AssemblyNames"/> loads (see <see cref="IsAwaiting"/>).
/// </summary>
internal sealed record PendingResolution(TargetLocation Location, IReadOnlyList<string> AssemblyNames, string Message) : ResolutionResult
{
    public bool IsAwaiting(string loadedAssemblyName) =>
        AssemblyNames.Contains(loadedAssemblyName, StringComparer.OrdinalIgnoreCase);
}

internal sealed record FailedResolution(ResolutionFailure Cause, string Message) : ResolutionResult;
