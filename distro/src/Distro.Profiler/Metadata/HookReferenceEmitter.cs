using Distro.IL.Rewriting;
using Distro.IL.Signatures;
using Distro.Profiler.Interop;

namespace Distro.Profiler.Metadata;

/// <summary>
/// Emits into a module the references its rewritten methods need: an AssemblyRef to the hooks assembly, a TypeRef
/// to the hooks class, a MemberRef per hook method, and a TypeRef to System.Object for <c>newarr</c>.
/// </summary>
internal static class HookReferenceEmitter
{
    /// <summary>Assemblies that forward or define System.Object, in the order a module is likely to reference them.</summary>
    private static readonly string[] s_coreLibraryNames = ["System.Runtime", "netstandard", "mscorlib", "System.Private.CoreLib"];

    public static HookTokens Emit(ModuleMetadata metadata, HooksAssemblyIdentity hooks)
    {
        var assemblyReferences = metadata.GetAssemblyReferences();
        var hooksAssembly = assemblyReferences.FirstOrDefault(reference => reference.Name == hooks.Name).Token;
        if (hooksAssembly.IsNil)
        {
            hooksAssembly = metadata.DefineAssemblyReference(hooks.Name, hooks.Version);
        }

        var hooksType = metadata.DefineTypeReference(hooksAssembly, HooksAssemblyIdentity.HooksTypeName);
        var obj = TypeBlob.Object();
        var objects = TypeBlob.SzArray(obj);
        var int32 = TypeBlob.Simple(ElementType.I4);
        var voidType = TypeBlob.Simple(ElementType.Void);
        var boolean = TypeBlob.Simple(ElementType.Boolean);

        return new HookTokens(
            MethodBegin: Define(metadata, hooksType, "MethodBegin", MethodRefBlob.Static(obj, int32)),
            MethodEntry: Define(metadata, hooksType, "MethodEntry", MethodRefBlob.Static(voidType, obj, obj, objects)),
            MethodReturn: Define(metadata, hooksType, "MethodReturn", MethodRefBlob.Static(voidType, obj, obj, obj, objects, objects)),
            MethodThrowFilter: Define(metadata, hooksType, "MethodThrowFilter", MethodRefBlob.Static(boolean, obj, obj)),
            LineBegin: Define(metadata, hooksType, "LineBegin", MethodRefBlob.Static(boolean, int32)),
            Line: Define(metadata, hooksType, "Line", MethodRefBlob.Static(voidType, int32, obj, objects, objects)),
            NotCapturable: Define(metadata, hooksType, "NotCapturable", MethodRefBlob.Static(obj, int32)),
            ObjectType: FindOrDefineObjectType(metadata, assemblyReferences).Value);
    }

    private static int Define(ModuleMetadata metadata, MetadataToken hooksType, string name, byte[] signature) =>
        metadata.DefineMemberReference(hooksType, name, signature).Value;

    private static MetadataToken FindOrDefineObjectType(ModuleMetadata metadata, List<AssemblyReference> assemblyReferences)
    {
        var existing = metadata.GetTypeReferences().FirstOrDefault(reference => reference.Name == "System.Object"
            && reference.ResolutionScope.Table == MetadataToken.AssemblyRefTable);
        if (!existing.Token.IsNil)
        {
            return existing.Token;
        }

        foreach (var name in s_coreLibraryNames)
        {
            var scope = assemblyReferences.FirstOrDefault(reference => reference.Name == name).Token;
            if (!scope.IsNil)
            {
                return metadata.DefineTypeReference(scope, "System.Object");
            }
        }

        throw new InvalidOperationException("the module references no core library to resolve System.Object from");
    }
}
