namespace Distro.Profiler.Interop;

/// <summary>
/// A typed view of one module's metadata: IMetaDataImport and IMetaDataAssemblyImport to read it,
/// IMetaDataEmit and IMetaDataAssemblyEmit (when opened for writing) to add the references rewritten IL needs.
/// </summary>
internal sealed unsafe class ModuleMetadata : IDisposable
{
    private const int NameBufferLength = 1024;
    private const int EnumBatch = 64;

    private void* _import;
    private void* _assemblyImport;
    private void* _emit;
    private void* _assemblyEmit;

    private ModuleMetadata(void* import, void* assemblyImport, void* emit, void* assemblyEmit)
    {
        _import = import;
        _assemblyImport = assemblyImport;
        _emit = emit;
        _assemblyEmit = assemblyEmit;
    }

    public static ModuleMetadata FromImport(void* import, bool writable)
    {
        void* assemblyImport = null, emit = null, assemblyEmit = null;
        try
        {
            ComInterface.QueryInterface(import, InterfaceIds.MetaDataAssemblyImport, out assemblyImport).ThrowIfFailed("QueryInterface(IMetaDataAssemblyImport)");
            if (writable)
            {
                ComInterface.QueryInterface(import, InterfaceIds.MetaDataEmit, out emit).ThrowIfFailed("QueryInterface(IMetaDataEmit)");
                ComInterface.QueryInterface(import, InterfaceIds.MetaDataAssemblyEmit, out assemblyEmit).ThrowIfFailed("QueryInterface(IMetaDataAssemblyEmit)");
            }

            return new ModuleMetadata(import, assemblyImport, emit, assemblyEmit);
        }
        catch
        {
            ComInterface.Release(assemblyEmit);
            ComInterface.Release(emit);
            ComInterface.Release(assemblyImport);
            ComInterface.Release(import);
            throw;
        }
    }

    public Guid GetModuleVersionId()
    {
        Guid mvid;
        uint length;
        var hr = ((delegate* unmanaged<void*, char*, uint, uint*, Guid*, int>)Import(VtableSlots.MetaDataImport.GetScopeProps))(_import, null, 0, &length, &mvid);
        new HResult(hr).ThrowIfFailed("IMetaDataImport::GetScopeProps");
        return mvid;
    }

    public MethodProperties GetMethodProperties(MethodDefToken method)
    {
        var buffer = new char[NameBufferLength];
        int declaringType;
        uint nameLength, attributes, rva, implementationFlags, signatureLength;
        byte* signature;
        int hr;
        fixed (char* name = buffer)
        {
            hr = ((delegate* unmanaged<void*, int, int*, char*, uint, uint*, uint*, byte**, uint*, uint*, uint*, int>)
                Import(VtableSlots.MetaDataImport.GetMethodProps))(_import, method.Value, &declaringType, name, (uint)buffer.Length, &nameLength, &attributes, &signature, &signatureLength, &rva, &implementationFlags);
        }

        new HResult(hr).ThrowIfFailed("IMetaDataImport::GetMethodProps");
        return new MethodProperties(
            new TypeDefToken(declaringType),
            NativeString.FromBuffer(buffer, nameLength),
            attributes,
            new ReadOnlySpan<byte>(signature, (int)signatureLength).ToArray(),
            rva,
            implementationFlags);
    }

    public byte[] GetStandAloneSignature(MetadataToken token)
    {
        byte* signature;
        uint length;
        var hr = ((delegate* unmanaged<void*, int, byte**, uint*, int>)Import(VtableSlots.MetaDataImport.GetSigFromToken))(_import, token.Value, &signature, &length);
        new HResult(hr).ThrowIfFailed("IMetaDataImport::GetSigFromToken");
        return new ReadOnlySpan<byte>(signature, (int)length).ToArray();
    }

    public List<TypeReference> GetTypeReferences()
    {
        var references = new List<TypeReference>();
        foreach (var token in Enumerate(VtableSlots.MetaDataImport.EnumTypeRefs, VtableSlots.MetaDataImport.CloseEnum, _import))
        {
            var buffer = new char[NameBufferLength];
            int scope;
            uint nameLength;
            int hr;
            fixed (char* name = buffer)
            {
                hr = ((delegate* unmanaged<void*, int, int*, char*, uint, uint*, int>)
                    Import(VtableSlots.MetaDataImport.GetTypeRefProps))(_import, token, &scope, name, (uint)buffer.Length, &nameLength);
            }

            new HResult(hr).ThrowIfFailed("IMetaDataImport::GetTypeRefProps");
            references.Add(new TypeReference(new MetadataToken(token), NativeString.FromBuffer(buffer, nameLength), new MetadataToken(scope)));
        }

        return references;
    }

    public List<AssemblyReference> GetAssemblyReferences()
    {
        var references = new List<AssemblyReference>();
        foreach (var token in Enumerate(VtableSlots.AssemblyImport.EnumAssemblyRefs, VtableSlots.AssemblyImport.CloseEnum, _assemblyImport))
        {
            var buffer = new char[NameBufferLength];
            uint nameLength, publicKeyLength, hashLength, flags;
            void* publicKey, hash;
            AssemblyMetadata metadata = default;
            int hr;
            fixed (char* name = buffer)
            {
                hr = ((delegate* unmanaged<void*, int, void**, uint*, char*, uint, uint*, AssemblyMetadata*, void**, uint*, uint*, int>)
                    Slot(_assemblyImport, VtableSlots.AssemblyImport.GetAssemblyRefProps))(_assemblyImport, token, &publicKey, &publicKeyLength, name, (uint)buffer.Length, &nameLength, &metadata, &hash, &hashLength, &flags);
            }

            new HResult(hr).ThrowIfFailed("IMetaDataAssemblyImport::GetAssemblyRefProps");
            references.Add(new AssemblyReference(
                new MetadataToken(token),
                NativeString.FromBuffer(buffer, nameLength),
                new Version(metadata.MajorVersion, metadata.MinorVersion, metadata.BuildNumber, metadata.RevisionNumber)));
        }

        return references;
    }

    public MetadataToken DefineAssemblyReference(string name, Version version)
    {
        var metadata = new AssemblyMetadata
        {
            MajorVersion = (ushort)version.Major,
            MinorVersion = (ushort)version.Minor,
            BuildNumber = (ushort)Math.Max(0, version.Build),
            RevisionNumber = (ushort)Math.Max(0, version.Revision),
        };
        int token;
        int hr;
        fixed (char* text = name)
        {
            hr = ((delegate* unmanaged<void*, void*, uint, char*, AssemblyMetadata*, void*, uint, uint, int*, int>)
                Slot(RequireWritable(_assemblyEmit), VtableSlots.AssemblyEmit.DefineAssemblyRef))(_assemblyEmit, null, 0, text, &metadata, null, 0, 0, &token);
        }

        new HResult(hr).ThrowIfFailed($"IMetaDataAssemblyEmit::DefineAssemblyRef({name})");
        return new MetadataToken(token);
    }

    public MetadataToken DefineTypeReference(MetadataToken resolutionScope, string fullName)
    {
        int token;
        int hr;
        fixed (char* text = fullName)
        {
            hr = ((delegate* unmanaged<void*, int, char*, int*, int>)
                Slot(RequireWritable(_emit), VtableSlots.MetaDataEmit.DefineTypeRefByName))(_emit, resolutionScope.Value, text, &token);
        }

        new HResult(hr).ThrowIfFailed($"IMetaDataEmit::DefineTypeRefByName({fullName})");
        return new MetadataToken(token);
    }

    public MetadataToken DefineMemberReference(MetadataToken parent, string name, ReadOnlySpan<byte> signature)
    {
        int token;
        int hr;
        fixed (char* text = name)
        fixed (byte* blob = signature)
        {
            hr = ((delegate* unmanaged<void*, int, char*, byte*, uint, int*, int>)
                Slot(RequireWritable(_emit), VtableSlots.MetaDataEmit.DefineMemberRef))(_emit, parent.Value, text, blob, (uint)signature.Length, &token);
        }

        new HResult(hr).ThrowIfFailed($"IMetaDataEmit::DefineMemberRef({name})");
        return new MetadataToken(token);
    }

    public MetadataToken GetTokenFromSignature(ReadOnlySpan<byte> signature)
    {
        int token;
        int hr;
        fixed (byte* blob = signature)
        {
            hr = ((delegate* unmanaged<void*, byte*, uint, int*, int>)
                Slot(RequireWritable(_emit), VtableSlots.MetaDataEmit.GetTokenFromSig))(_emit, blob, (uint)signature.Length, &token);
        }

        new HResult(hr).ThrowIfFailed("IMetaDataEmit::GetTokenFromSig");
        return new MetadataToken(token);
    }

    public MetadataToken GetTokenFromTypeSpec(ReadOnlySpan<byte> signature)
    {
        int token;
        int hr;
        fixed (byte* blob = signature)
        {
            hr = ((delegate* unmanaged<void*, byte*, uint, int*, int>)
                Slot(RequireWritable(_emit), VtableSlots.MetaDataEmit.GetTokenFromTypeSpec))(_emit, blob, (uint)signature.Length, &token);
        }

        new HResult(hr).ThrowIfFailed("IMetaDataEmit::GetTokenFromTypeSpec");
        return new MetadataToken(token);
    }

    public void Dispose()
    {
        ComInterface.Release(_assemblyEmit);
        ComInterface.Release(_emit);
        ComInterface.Release(_assemblyImport);
        ComInterface.Release(_import);
        _assemblyEmit = _emit = _assemblyImport = _import = null;
    }

    private static void* Slot(void* instance, int slot) => ComInterface.Slot(instance, slot);

    private static void* RequireWritable(void* emitter) =>
        emitter != null ? emitter : throw new InvalidOperationException("The module's metadata was opened read-only.");

    private static List<int> Enumerate(int enumSlot, int closeSlot, void* instance)
    {
        var tokens = new List<int>();
        void* handle = null;
        var batch = stackalloc int[EnumBatch];
        try
        {
            while (true)
            {
                uint count;
                var hr = new HResult(((delegate* unmanaged<void*, void**, int*, uint, uint*, int>)Slot(instance, enumSlot))(instance, &handle, batch, EnumBatch, &count));
                hr.ThrowIfFailed("metadata enumeration");
                if (count == 0)
                {
                    return tokens;
                }

                for (var i = 0; i < count; i++)
                {
                    tokens.Add(batch[i]);
                }
            }
        }
        finally
        {
            if (handle != null)
            {
                ((delegate* unmanaged<void*, void*, void>)Slot(instance, closeSlot))(instance, handle);
            }
        }
    }

    private void* Import(int slot) => Slot(_import, slot);
}

internal readonly record struct MethodProperties(
    TypeDefToken DeclaringType,
    string Name,
    uint Attributes,
    byte[] Signature,
    uint RelativeVirtualAddress,
    uint ImplementationFlags);

internal readonly record struct TypeReference(MetadataToken Token, string Name, MetadataToken ResolutionScope);

internal readonly record struct AssemblyReference(MetadataToken Token, string Name, Version Version);
