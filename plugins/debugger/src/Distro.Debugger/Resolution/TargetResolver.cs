using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Resolution;

/// <summary>
/// Turns a configured location into the methods to instrument: a method probe by type and method name over the
/// loaded assemblies (reflection that never runs a type initializer), a line probe by file and line over their
/// portable PDBs. Runs off the application's hot path; thread-safe; never throws for a bad location: every outcome,
/// an unexpected exception included, is a <see cref="ResolutionResult"/>, and is reported through the event source.
/// </summary>
internal sealed class TargetResolver : IDisposable
{
    private readonly SymbolCache _symbols;
    private readonly MethodProbeResolver _methods;
    private readonly LineProbeResolver _lines;

    public TargetResolver()
        : this(AssemblyCatalog.ForProcess)
    {
    }

    public TargetResolver(AssemblyCatalog catalog, int symbolCacheCapacity = SymbolCache.DefaultCapacity)
    {
        _symbols = new SymbolCache(symbolCacheCapacity);
        var unloaded = new UnloadedAssemblies(catalog, _symbols);
        _methods = new MethodProbeResolver(catalog, unloaded);
        _lines = new LineProbeResolver(catalog, _symbols, unloaded);
    }

    /// <summary>How many PDBs are open now (bounded by the capacity given at construction).</summary>
    public int OpenSymbolFileCount => _symbols.OpenFileCount;

    public ResolutionResult Resolve(TargetLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        ResolutionResult result;
        try
        {
            result = location.LineNumber switch
            {
                < 0 => new FailedResolution(ResolutionFailure.LineNotExecutable, $"line {location.LineNumber} does not exist: lines start at 1"),
                0 => _methods.Resolve(location),
                _ => _lines.Resolve(location),
            };
        }
        catch (Exception exception)
        {
            DebuggerEventSource.Log.ResolutionError(location.ToString(), exception.ToString());
            return new FailedResolution(ResolutionFailure.InternalError, $"resolving {location} failed: {exception.Message}");
        }

        Report(location, result);
        return result;
    }

    /// <summary>The document and first line of a method's code, for naming it in snapshots; null without symbols.</summary>
    public SourceLocation? SourceOf(System.Reflection.MethodBase method)
    {
        try
        {
            if (!_symbols.TryAcquire(method.Module.Assembly, out var lease, out _))
            {
                return null;
            }

            using (lease)
            {
                // An async method or iterator has no code of its own: its state machine's MoveNext has it.
                return SourceIn(lease.File, method.MetadataToken)
                    ?? (lease.File.StateMachineMoveNext(method.MetadataToken) is { } moveNext ? SourceIn(lease.File, moveNext) : null);
            }
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or InvalidOperationException)
        {
            DebuggerEventSource.Log.ResolutionError(method.Name, exception.ToString());
        }

        return null;
    }

    /// <summary>Every named local of a method (any scope, compiler temporaries left out), for capture at return; empty without symbols.</summary>
    public IReadOnlyList<ScopedLocal> LocalsOf(System.Reflection.MethodBase method)
    {
        try
        {
            if (!_symbols.TryAcquire(method.Module.Assembly, out var lease, out _))
            {
                return [];
            }

            using (lease)
            {
                if (lease.File.CodeOf(method.MetadataToken) is not { } code)
                {
                    return [];
                }

                return [.. code.Points
                    .SelectMany(point => lease.File.LocalsInScope(method.MetadataToken, point.Offset))
                    .GroupBy(local => local.SlotIndex)
                    .Select(slot => slot.First())
                    .OrderBy(local => local.SlotIndex)];
            }
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException or InvalidOperationException)
        {
            DebuggerEventSource.Log.ResolutionError(method.Name, exception.ToString());
            return [];
        }
    }

    public void Dispose() => _symbols.Dispose();

    private static void Report(TargetLocation location, ResolutionResult result)
    {
        var log = DebuggerEventSource.Log;
        if (!log.IsEnabled())
        {
            return;
        }

        switch (result)
        {
            case ResolvedTargets resolved:
                log.TargetResolved(location.ToString(), resolved.Targets.Count, string.Join(", ", resolved.Targets.Select(target => target.DisplayName)));
                break;
            case PendingResolution pending:
                log.TargetPending(location.ToString(), string.Join(", ", pending.AssemblyNames));
                break;
            case FailedResolution failed:
                log.TargetNotResolved(location.ToString(), failed.Cause.ToString(), failed.Message);
                break;
        }
    }

    private static SourceLocation? SourceIn(SymbolFile file, int methodToken)
    {
        foreach (var document in file.Documents)
        {
            if (file.MethodsIn(document).FirstOrDefault(code => code.MethodToken == methodToken) is { } code)
            {
                return new SourceLocation(document.Path, code.FirstLine);
            }
        }

        return null;
    }
}
