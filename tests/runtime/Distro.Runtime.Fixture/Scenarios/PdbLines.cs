using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>Reads the fixture's own PDB: where a source line starts in IL, and the named locals in scope there.</summary>
public static class PdbLines
{
    public static LineTarget Find(Type inAssembly, string fileName, int line)
    {
        var assembly = inAssembly.Assembly;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(Path.ChangeExtension(assembly.Location, ".pdb")));
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.MethodDebugInformation)
        {
            var information = reader.GetMethodDebugInformation(handle);
            if (information.Document.IsNil || !reader.GetString(reader.GetDocument(information.Document).Name).EndsWith(fileName, StringComparison.Ordinal))
            {
                continue;
            }

            var point = information.GetSequencePoints().FirstOrDefault(candidate => !candidate.IsHidden && candidate.StartLine == line);
            if (point.Document.IsNil)
            {
                continue;
            }

            var methodToken = MetadataTokens.GetToken(handle.ToDefinitionHandle());
            var method = inAssembly.Module.ResolveMethod(methodToken)!;
            return new LineTarget(method, point.Offset, LocalsInScope(reader, handle.ToDefinitionHandle(), point.Offset));
        }

        throw new InvalidOperationException($"{fileName} has no code on line {line}");
    }

    private static List<(int Slot, string Name)> LocalsInScope(MetadataReader reader, MethodDefinitionHandle method, int offset)
    {
        var locals = new List<(int, string)>();
        foreach (var scopeHandle in reader.GetLocalScopes(method))
        {
            var scope = reader.GetLocalScope(scopeHandle);
            if (offset < scope.StartOffset || offset >= scope.EndOffset)
            {
                continue;
            }

            foreach (var variableHandle in scope.GetLocalVariables())
            {
                var variable = reader.GetLocalVariable(variableHandle);
                if ((variable.Attributes & LocalVariableAttributes.DebuggerHidden) == 0)
                {
                    locals.Add((variable.Index, reader.GetString(variable.Name)));
                }
            }
        }

        return locals;
    }
}

/// <summary>A method, the IL offset a line starts at in it, and its named locals in scope there.</summary>
public sealed record LineTarget(MethodBase Method, int ILOffset, IReadOnlyList<(int Slot, string Name)> Locals)
{
    public int SlotOf(string name) =>
        Locals.SingleOrDefault(local => local.Name == name) is { Name: not null } local
            ? local.Slot
            : throw new InvalidOperationException($"no local {name} in scope at IL offset 0x{ILOffset:X4} of {Method.Name}");
}
