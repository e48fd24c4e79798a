using Distro.IL.Signatures;
using Distro.Profiler.Interop;

namespace Distro.Profiler.Rewriting;

/// <summary>Tokens for <c>box</c> and <c>ldobj</c>: the type's own TypeDef or TypeRef where the signature names one, a TypeSpec otherwise.</summary>
internal sealed class TypeTokenFactory(ModuleMetadata metadata)
{
    private readonly Dictionary<string, int> _typeSpecs = [];

    public int ForType(TypeSignature type)
    {
        var clean = type.WithoutModifiers();
        if (clean.ElementType == ElementType.ValueType && clean.TryGetTypeToken(out var token))
        {
            return token;
        }

        return TypeSpec(clean.ToArray());
    }

    /// <summary>The type of <c>this</c> in a value type's method: the TypeDef, or the type instantiated over its own generic parameters.</summary>
    public int ForDeclaringValueType(TypeDefToken declaringType, int genericArity) =>
        genericArity == 0
            ? declaringType.Value
            : TypeSpec(TypeBlob.SelfInstantiatedGenericType(declaringType.Value, isValueType: true, genericArity));

    private int TypeSpec(byte[] blob)
    {
        var key = Convert.ToHexString(blob);
        if (!_typeSpecs.TryGetValue(key, out var token))
        {
            token = metadata.GetTokenFromTypeSpec(blob).Value;
            _typeSpecs[key] = token;
        }

        return token;
    }
}
