using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Distro.IL.Tests.Signatures;

/// <summary>Reads the raw signature blobs of an assembly on disk, as the profiler gets them from IMetaDataImport.</summary>
internal sealed class AssemblyMetadata : IDisposable
{
    private readonly PEReader _peReader;
    private readonly MetadataReader _reader;

    private AssemblyMetadata(string path)
    {
        _peReader = new PEReader(File.OpenRead(path));
        _reader = _peReader.GetMetadataReader();
    }

    public static AssemblyMetadata Of(Assembly assembly) => new(assembly.Location);

    public byte[] MethodSignatureOf(MethodBase method)
    {
        var handle = (MethodDefinitionHandle)MetadataTokens.EntityHandle(method.MetadataToken);
        return _reader.GetBlobBytes(_reader.GetMethodDefinition(handle).Signature);
    }

    public byte[] LocalSignatureOf(MethodBase method)
    {
        var token = method.GetMethodBody()!.LocalSignatureMetadataToken;
        var handle = (StandaloneSignatureHandle)MetadataTokens.EntityHandle(token);
        return _reader.GetBlobBytes(_reader.GetStandaloneSignature(handle).Signature);
    }

    /// <summary>"Namespace.Name" of a TypeRef or TypeDef token; just "Name" for a nested type.</summary>
    public string TypeNameOf(int token)
    {
        var handle = MetadataTokens.EntityHandle(token);
        var (ns, name) = handle.Kind == HandleKind.TypeReference
            ? NamesOf(_reader.GetTypeReference((TypeReferenceHandle)handle))
            : NamesOf(_reader.GetTypeDefinition((TypeDefinitionHandle)handle));
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }

    public int TypeReferenceToken(string ns, string name) =>
        _reader.TypeReferences
            .Select(handle => (Handle: handle, Reference: _reader.GetTypeReference(handle)))
            .Where(entry => _reader.StringComparer.Equals(entry.Reference.Namespace, ns) && _reader.StringComparer.Equals(entry.Reference.Name, name))
            .Select(entry => MetadataTokens.GetToken(entry.Handle))
            .Single();

    private (string Namespace, string Name) NamesOf(TypeReference reference) =>
        (_reader.GetString(reference.Namespace), _reader.GetString(reference.Name));

    private (string Namespace, string Name) NamesOf(TypeDefinition definition) =>
        (_reader.GetString(definition.Namespace), _reader.GetString(definition.Name));

    public void Dispose() => _peReader.Dispose();
}
