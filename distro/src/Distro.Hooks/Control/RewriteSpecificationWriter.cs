using System.Buffers.Binary;
using System.Reflection;

namespace Distro.Hooks.Control;

/// <summary>
/// Writes the byte format the profiler decodes: for one method, the probe id and the facts only reflection
/// knows (which values are byref-like, which parameters are <c>out</c>, what <c>this</c> is).
/// </summary>
internal static class RewriteSpecificationWriter
{
    private const byte FormatVersion = 1;

    private const byte InstanceNone = 0;
    private const byte InstanceReference = 1;
    private const byte InstanceValueType = 2;
    private const byte InstanceNotCapturable = 3;

    private const byte NotCapturable = 1;
    private const byte Out = 2;
    private const byte In = 4;

    public static byte[] Write(MethodBase method, int methodProbeId)
    {
        var parameters = method.GetParameters();
        var bytes = new byte[1 + 4 + 1 + 1 + 4 + 1 + 4 + parameters.Length];
        var position = 0;
        bytes[position++] = FormatVersion;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(position), methodProbeId);
        position += 4;
        bytes[position++] = InstanceKindOf(method);
        bytes[position++] = method is ConstructorInfo ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(position), method.DeclaringType is { IsGenericType: true } type ? type.GetGenericArguments().Length : 0);
        position += 4;
        bytes[position++] = method is MethodInfo info && !IsCapturable(info.ReturnType) ? NotCapturable : (byte)0;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(position), parameters.Length);
        position += 4;
        foreach (var parameter in parameters)
        {
            var flags = IsCapturable(parameter.ParameterType) ? (byte)0 : NotCapturable;
            if (parameter.ParameterType.IsByRef && parameter.IsOut && !parameter.IsIn)
            {
                flags |= Out;
            }

            if (parameter.ParameterType.IsByRef && parameter.IsIn && !parameter.IsOut)
            {
                flags |= In;
            }

            bytes[position++] = flags;
        }

        return bytes;
    }

    private static byte InstanceKindOf(MethodBase method)
    {
        if (method.IsStatic || method.DeclaringType is null)
        {
            return InstanceNone;
        }

        if (!method.DeclaringType.IsValueType)
        {
            return InstanceReference;
        }

        return method.DeclaringType.IsByRefLike ? InstanceNotCapturable : InstanceValueType;
    }

    /// <summary>Byref-like values (and generic parameters that may be instantiated over them) cannot be boxed.</summary>
    private static bool IsCapturable(Type type)
    {
        var element = type.IsByRef ? type.GetElementType()! : type;
        if (element.IsByRefLike)
        {
            return false;
        }

        return !element.IsGenericParameter
            || (element.GenericParameterAttributes & GenericParameterAttributes.AllowByRefLike) == 0;
    }
}
