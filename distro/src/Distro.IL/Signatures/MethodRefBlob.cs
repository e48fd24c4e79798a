using System.Reflection.Metadata;

namespace Distro.IL.Signatures;

/// <summary>Builds the method-ref signatures of the hook methods the rewritten IL calls.</summary>
public static class MethodRefBlob
{
    /// <summary>
    /// A static, non-generic, DEFAULT calling convention signature, e.g. <c>void M(object, object, object[])</c>
    /// from <see cref="TypeBlob"/> results.
    /// </summary>
    public static byte[] Static(ReadOnlySpan<byte> returnType, params ReadOnlySpan<byte[]> parameterTypes)
    {
        var writer = new SignatureWriter();
        writer.WriteByte(new SignatureHeader(SignatureKind.Method, SignatureCallingConvention.Default, SignatureAttributes.None).RawValue);
        writer.WriteCompressedUnsigned(parameterTypes.Length);
        writer.WriteType(returnType, allowPinned: false, nameof(returnType));
        foreach (var parameterType in parameterTypes)
        {
            writer.WriteType(parameterType, allowPinned: false, nameof(parameterTypes));
        }

        return writer.ToArray();
    }
}
