using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Distro.IL.Tests.Codec;

/// <summary>Raw method bodies (header, code, exception sections) exactly as a compiler wrote them into a PE file.</summary>
internal static class CompiledMethodBodies
{
    public static byte[] Of(MethodBase method)
    {
        using var peReader = new PEReader(File.OpenRead(method.Module.Assembly.Location));
        var handle = (MethodDefinitionHandle)MetadataTokens.Handle(method.MetadataToken);
        return Read(peReader, peReader.GetMetadataReader().GetMethodDefinition(handle).RelativeVirtualAddress);
    }

    /// <summary>Every method body in the assembly file, named by type and method for failure messages.</summary>
    public static List<(string Name, byte[] Body)> In(string assemblyPath)
    {
        using var peReader = new PEReader(File.OpenRead(assemblyPath));
        var metadata = peReader.GetMetadataReader();
        var bodies = new List<(string, byte[])>();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress != 0)
            {
                var type = metadata.GetTypeDefinition(method.GetDeclaringType());
                var name = $"{metadata.GetString(type.Name)}.{metadata.GetString(method.Name)} (0x{MetadataTokens.GetToken(handle):X8})";
                bodies.Add((name, Read(peReader, method.RelativeVirtualAddress)));
            }
        }

        return bodies;
    }

    private static byte[] Read(PEReader peReader, int relativeVirtualAddress)
    {
        var size = peReader.GetMethodBody(relativeVirtualAddress).Size;
        return peReader.GetSectionData(relativeVirtualAddress).GetContent(0, size).ToArray();
    }
}
