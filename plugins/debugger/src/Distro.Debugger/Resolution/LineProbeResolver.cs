using System.Reflection;

namespace Distro.Debugger.Resolution;

/// <summary>
/// Resolves a line probe: the file path to documents of the loaded assemblies' portable PDBs (the best-matching
/// documents, see <see cref="SourcePathPattern"/>), then the line to the methods that own it (see <see cref="LineSelector"/>).
/// Class and method names, when given, are not needed and not used.
/// </summary>
internal sealed class LineProbeResolver(AssemblyCatalog catalog, SymbolCache symbols, UnloadedAssemblies unloaded)
{
    public ResolutionResult Resolve(TargetLocation location)
    {
        if (SourcePathPattern.Parse(location.FilePath) is not { } path)
        {
            return new FailedResolution(ResolutionFailure.FileNotFound, "a line probe needs a file path");
        }

        var loaded = catalog.Loaded();
        var leases = new List<SymbolLease>();
        try
        {
            var documents = new List<DocumentMatch>();
            var withoutSymbols = new List<(Assembly Assembly, SymbolsUnavailable Problem)>();
            foreach (var assembly in loaded.Where(assembly => RefusedAssemblies.WhyRefused(AssemblySimpleNames.Of(assembly)) is null))
            {
                if (!symbols.TryAcquire(assembly, out var lease, out var problem))
                {
                    withoutSymbols.Add((assembly, problem));
                    continue;
                }

                var matches = lease.File.Documents
                    .Select(document => new DocumentMatch(assembly, lease.File, document, path.Score(document.Path)))
                    .Where(match => match.Score > 0)
                    .ToList();
                if (matches.Count == 0)
                {
                    lease.Dispose();
                    continue;
                }

                leases.Add(lease);
                documents.AddRange(matches);
            }

            if (documents.Count > 0)
            {
                var best = documents.Max(match => match.Score);
                return Bind(location, documents.Where(match => match.Score == best).ToList());
            }

            return ExplainMissingSymbols(location, path, withoutSymbols) ?? WaitOrFail(location, path, loaded);
        }
        finally
        {
            foreach (var lease in leases)
            {
                lease.Dispose();
            }
        }
    }

    private static ResolutionResult Bind(TargetLocation location, IReadOnlyList<DocumentMatch> documents)
    {
        var targets = new List<ResolvedTarget>();
        foreach (var match in documents)
        {
            var methods = new MethodsByToken(match.Assembly.ManifestModule, match.Symbols);
            foreach (var choice in LineSelector.Select(location.LineNumber, match.Symbols.MethodsIn(match.Document), methods.IsNested))
            {
                if (methods.Get(choice.Method.MethodToken) is not { } method)
                {
                    continue;
                }

                var (userMethod, displayName) = UserMethods.Describe(method, match.Symbols);
                var binding = new LineBinding(
                    location.LineNumber,
                    choice.BoundLine,
                    choice.ILOffset,
                    match.Document.Path,
                    match.Symbols.LocalsInScope(method.MetadataToken, choice.ILOffset),
                    CapturedVariables.At(method, match.Symbols, choice.ILOffset));
                targets.Add(new ResolvedTarget(method, userMethod, displayName, binding));
            }
        }

        return targets.Count > 0
            ? new ResolvedTargets(targets)
            : new FailedResolution(ResolutionFailure.LineNotExecutable, NotExecutable(location.LineNumber, documents));
    }

    private static string NotExecutable(int line, IReadOnlyList<DocumentMatch> documents)
    {
        var match = documents[0];
        var methods = match.Symbols.MethodsIn(match.Document);
        if (methods.Count == 0)
        {
            return $"{match.Document.Path} has no code in {match.Assembly.GetName().Name}";
        }

        var last = methods.Max(method => method.LastLine);
        return line > last
            ? $"line {line} of {match.Document.Path} is after its last line with code ({last})"
            : $"line {line} of {match.Document.Path} is not inside a method that has code at or after it";
    }

    /// <summary>
    /// No usable PDB has the file: if an assembly without usable symbols probably holds it (its mismatched PDB lists
    /// the file, or it defines the named class or a type named like the file), say so rather than "file not found".
    /// </summary>
    private static FailedResolution? ExplainMissingSymbols(TargetLocation location, SourcePathPattern path, List<(Assembly Assembly, SymbolsUnavailable Problem)> withoutSymbols)
    {
        foreach (var (assembly, problem) in withoutSymbols)
        {
            if (problem.DocumentPaths.Any(document => path.Score(document) > 0))
            {
                return new FailedResolution(ResolutionFailure.SymbolsUnavailable, $"{location.FilePath} is in {assembly.GetName().Name}, but {problem.Reason}");
            }
        }

        var typeNamedLikeFile = Path.GetFileNameWithoutExtension(path.FileName);
        ClassNamePattern.TryParse(location.ClassName, out var classPattern, out _);
        foreach (var (assembly, problem) in withoutSymbols)
        {
            var definesIt = TypeLocator.TypesNamed(assembly, typeNamedLikeFile).Any()
                || (classPattern is not null && TypeLocator.Find([assembly], classPattern, location.CodeUnit).Count > 0);
            if (definesIt)
            {
                return new FailedResolution(ResolutionFailure.SymbolsUnavailable, $"{location.FilePath} is probably in {assembly.GetName().Name}, but {problem.Reason}");
            }
        }

        return null;
    }

    private ResolutionResult WaitOrFail(TargetLocation location, SourcePathPattern path, IReadOnlyList<Assembly> loaded)
    {
        var waitingFor = unloaded.WithDocument(path, loaded);
        if (waitingFor.Count > 0)
        {
            return new PendingResolution(location, waitingFor, $"{location.FilePath} is in {string.Join(", ", waitingFor)}, which the application has not loaded yet");
        }

        return new FailedResolution(ResolutionFailure.FileNotFound, $"no loaded assembly's PDB has a document matching {location.FilePath}");
    }

    private sealed record DocumentMatch(Assembly Assembly, SymbolFile Symbols, SourceDocument Document, int Score);

    /// <summary>The methods of one module by token, resolved once each.</summary>
    private sealed class MethodsByToken(Module module, SymbolFile symbols)
    {
        private readonly Dictionary<int, MethodBase?> _methods = [];

        public MethodBase? Get(int token)
        {
            if (!_methods.TryGetValue(token, out var method))
            {
                _methods[token] = method = MethodTokens.Resolve(module, token);
            }

            return method;
        }

        /// <summary>A lambda or local function, or the state machine of one: code written inside another method.</summary>
        public bool IsNested(int token)
        {
            if (Get(token) is not { } method)
            {
                return false;
            }

            var written = UserMethods.StateMachineKickoff(method, symbols) ?? method;
            return GeneratedNames.IsLambda(written.Name, out _) || GeneratedNames.IsLocalFunction(written.Name, out _, out _);
        }
    }
}
