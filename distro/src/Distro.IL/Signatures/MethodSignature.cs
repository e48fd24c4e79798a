using System.Reflection.Metadata;

namespace Distro.IL.Signatures;

/// <summary>A parsed MethodDefSig or MethodRefSig (ECMA-335 II.23.2.1 and II.23.2.2).</summary>
public sealed class MethodSignature
{
    private MethodSignature(ReadOnlyMemory<byte> bytes, MethodSignatureShape shape, TypeSignature returnType, TypeSignature[] parameters)
    {
        Bytes = bytes;
        Header = shape.Header;
        GenericParameterCount = shape.GenericParameterCount;
        SentinelIndex = shape.SentinelIndex;
        ReturnType = returnType;
        Parameters = parameters;
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The calling convention byte: kind, HASTHIS, EXPLICITTHIS and GENERIC.</summary>
    public SignatureHeader Header { get; }

    public bool HasThis => Header.IsInstance;

    /// <summary>Whether the type of <c>this</c> is spelled out as the first entry of <see cref="Parameters"/>.</summary>
    public bool HasExplicitThis => Header.HasExplicitThis;

    public bool IsGeneric => Header.IsGeneric;

    public bool IsVarArg => Header.CallingConvention == SignatureCallingConvention.VarArgs;

    /// <summary>The number of generic parameters the method declares; 0 unless <see cref="IsGeneric"/>.</summary>
    public int GenericParameterCount { get; }

    public TypeSignature ReturnType { get; }

    /// <summary>The parameters in blob order; at a vararg call site, the extra arguments after SENTINEL included.</summary>
    public IReadOnlyList<TypeSignature> Parameters { get; }

    /// <summary>The index in <see cref="Parameters"/> of the first extra argument of a vararg call site, or null when there is no SENTINEL.</summary>
    public int? SentinelIndex { get; }

    /// <summary>Parses a method signature blob that must end with the last parameter. The bytes are copied.</summary>
    public static MethodSignature Parse(ReadOnlySpan<byte> blob)
    {
        var bytes = blob.ToArray();
        var reader = new SignatureReader(bytes);
        var typeRanges = new List<Range>();
        var shape = MethodSignatureWalker.Read(ref reader, depth: 0, typeRanges);
        reader.ExpectEnd();
        var types = typeRanges.Select(range => TypeSignature.FromValidated(bytes.AsMemory(range))).ToArray();
        return new MethodSignature(bytes, shape, types[0], types[1..]);
    }
}
