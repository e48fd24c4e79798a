using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Distro.Debugger.Resolution;

/// <summary>
/// An open portable PDB that matches a loaded assembly, with the indexes line probes need, built once on first use.
/// Every read holds the file's lock; the reader's memory is freed only when the cache has retired the file and the
/// last lease on it has ended, so no read ever touches freed memory.
/// </summary>
internal sealed class SymbolFile
{
    private static readonly Guid s_hoistedLocalScopesKind = new("6DA9A61E-F8C7-4874-BE62-68BC5630DF71");

    private readonly object _gate = new();
    private readonly MetadataReaderProvider _provider;
    private readonly MetadataReader _reader;
    private SourceDocument[]? _documents;
    private Dictionary<DocumentHandle, MethodCode[]>? _methodsByDocument;
    private int _leases;
    private bool _retired;

    public SymbolFile(MetadataReaderProvider provider, string origin)
    {
        _provider = provider;
        _reader = provider.GetMetadataReader();
        Origin = origin;
    }

    /// <summary>Where the PDB came from: its path, or the assembly it is embedded in.</summary>
    public string Origin { get; }

    public IReadOnlyList<SourceDocument> Documents
    {
        get
        {
            lock (_gate)
            {
                return _documents ??= ReadDocuments(_reader);
            }
        }
    }

    /// <summary>Every method with visible sequence points in <paramref name="document"/>.</summary>
    public IReadOnlyList<MethodCode> MethodsIn(SourceDocument document)
    {
        lock (_gate)
        {
            _methodsByDocument ??= IndexMethodsByDocument();
            return _methodsByDocument.TryGetValue(document.Handle, out var methods) ? methods : [];
        }
    }

    /// <summary>A method's code in whichever document has it, or null when it has no visible sequence points.</summary>
    public MethodCode? CodeOf(int methodToken)
    {
        lock (_gate)
        {
            _methodsByDocument ??= IndexMethodsByDocument();
            return _methodsByDocument.Values.SelectMany(methods => methods).FirstOrDefault(method => method.MethodToken == methodToken);
        }
    }

    /// <summary>The method a state machine's MoveNext was generated for (StateMachineMethod table), or null.</summary>
    public int? StateMachineKickoff(int moveNextToken)
    {
        lock (_gate)
        {
            if (!TryGetMethodHandle(moveNextToken, out var handle))
            {
                return null;
            }

            var kickoff = _reader.GetMethodDebugInformation(handle).GetStateMachineKickoffMethod();
            return kickoff.IsNil ? null : MetadataTokens.GetToken(kickoff);
        }
    }

    /// <summary>The MoveNext generated for an async method or iterator (StateMachineMethod table), or null when it is none.</summary>
    public int? StateMachineMoveNext(int kickoffToken)
    {
        lock (_gate)
        {
            foreach (var handle in _reader.MethodDebugInformation)
            {
                var kickoff = _reader.GetMethodDebugInformation(handle).GetStateMachineKickoffMethod();
                if (!kickoff.IsNil && MetadataTokens.GetToken(kickoff) == kickoffToken)
                {
                    return MetadataTokens.GetToken(handle.ToDefinitionHandle());
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The method's named locals in scope at <paramref name="offset"/>; unless <paramref name="includeGenerated"/>,
    /// without compiler temporaries (DebuggerHidden, or named <c>CS$...</c> or <c>&lt;...</c>).
    /// </summary>
    public IReadOnlyList<ScopedLocal> LocalsInScope(int methodToken, int offset, bool includeGenerated = false)
    {
        lock (_gate)
        {
            if (!TryGetMethodHandle(methodToken, out var handle))
            {
                return [];
            }

            var locals = new SortedDictionary<int, ScopedLocal>();
            foreach (var scopeHandle in _reader.GetLocalScopes(handle))
            {
                var scope = _reader.GetLocalScope(scopeHandle);
                if (offset < scope.StartOffset || offset >= scope.EndOffset)
                {
                    continue;
                }

                foreach (var variableHandle in scope.GetLocalVariables())
                {
                    var variable = _reader.GetLocalVariable(variableHandle);
                    var name = _reader.GetString(variable.Name);
                    if (includeGenerated || ((variable.Attributes & LocalVariableAttributes.DebuggerHidden) == 0 && !GeneratedNames.IsGenerated(name)))
                    {
                        locals[variable.Index] = new ScopedLocal(variable.Index, name);
                    }
                }
            }

            return [.. locals.Values];
        }
    }

    /// <summary>
    /// The scopes of a state machine's hoisted locals, indexed by slot (the N-1 of a <c>&lt;name&gt;5__N</c> field),
    /// from the StateMachineHoistedLocalScopes custom debug information; null when the PDB has none for the method.
    /// </summary>
    public IReadOnlyList<ILRange>? HoistedLocalScopes(int moveNextToken)
    {
        lock (_gate)
        {
            if (!TryGetMethodHandle(moveNextToken, out var handle))
            {
                return null;
            }

            foreach (var informationHandle in _reader.GetCustomDebugInformation(handle))
            {
                var information = _reader.GetCustomDebugInformation(informationHandle);
                if (_reader.GetGuid(information.Kind) != s_hoistedLocalScopesKind)
                {
                    continue;
                }

                var blob = _reader.GetBlobReader(information.Value);
                var scopes = new List<ILRange>();
                while (blob.RemainingBytes >= sizeof(uint) * 2)
                {
                    var start = blob.ReadUInt32();
                    var length = blob.ReadUInt32();
                    scopes.Add(new ILRange((int)Math.Min(start, int.MaxValue), (int)Math.Min(length, int.MaxValue)));
                }

                return scopes;
            }

            return null;
        }
    }

    internal static SourceDocument[] ReadDocuments(MetadataReader reader) =>
        [.. reader.Documents.Select(handle => new SourceDocument(handle, reader.GetString(reader.GetDocument(handle).Name)))];

    /// <summary>Called by the cache under its lock: a lease keeps the reader's memory alive.</summary>
    internal void Enter()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_retired, this);
            _leases++;
        }
    }

    internal void Exit()
    {
        lock (_gate)
        {
            _leases--;
            DisposeIfUnused();
        }
    }

    /// <summary>Called when the cache evicts the file: its memory is freed once no lease is left.</summary>
    internal void Retire()
    {
        lock (_gate)
        {
            _retired = true;
            DisposeIfUnused();
        }
    }

    private void DisposeIfUnused()
    {
        if (_retired && _leases == 0)
        {
            _provider.Dispose();
        }
    }

    private Dictionary<DocumentHandle, MethodCode[]> IndexMethodsByDocument()
    {
        var points = new Dictionary<DocumentHandle, Dictionary<int, List<SourcePoint>>>();
        foreach (var handle in _reader.MethodDebugInformation)
        {
            var information = _reader.GetMethodDebugInformation(handle);
            if (information.SequencePointsBlob.IsNil)
            {
                continue;
            }

            var token = MetadataTokens.GetToken(handle.ToDefinitionHandle());
            foreach (var point in information.GetSequencePoints())
            {
                if (point.IsHidden)
                {
                    continue;
                }

                if (!points.TryGetValue(point.Document, out var byMethod))
                {
                    points[point.Document] = byMethod = [];
                }

                if (!byMethod.TryGetValue(token, out var list))
                {
                    byMethod[token] = list = [];
                }

                list.Add(new SourcePoint(point.Offset, point.StartLine, point.StartColumn, point.EndLine, point.EndColumn));
            }
        }

        return points.ToDictionary(
            entry => entry.Key,
            entry => entry.Value.Select(method => new MethodCode(method.Key, method.Value)).ToArray());
    }

    private bool TryGetMethodHandle(int token, out MethodDefinitionHandle handle)
    {
        handle = default;
        var row = token & 0x00FFFFFF;
        if ((token >>> 24) != (int)TableIndex.MethodDef || row < 1 || row > _reader.MethodDebugInformation.Count)
        {
            return false;
        }

        handle = MetadataTokens.MethodDefinitionHandle(row);
        return true;
    }
}
