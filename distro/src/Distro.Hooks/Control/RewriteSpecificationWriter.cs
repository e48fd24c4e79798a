using System.Buffers.Binary;
using System.Reflection;

namespace Distro.Hooks.Control;

/// <summary>
/// Writes the byte format the profiler decodes: for one method, the probe ids and the facts only reflection knows
/// (which values are byref-like, which parameters are <c>out</c> or <c>in</c>, what <c>this</c> is).
/// </summary>
internal static class RewriteSpecificationWriter
{
    private const byte FormatVersion = 2;

    private const byte InstanceNone = 0;
    private const byte InstanceReference = 1;
    private const byte InstanceValueType = 2;
    private const byte InstanceNotCapturable = 3;

    private const byte NotCapturable = 1;
    private const byte Out = 2;
    private const byte In = 4;

    public static byte[] Write(MethodBase method, int methodProbeId, IReadOnlyList<int> returnLocals, IReadOnlyList<(int ILOffset, int ProbeId, IReadOnlyList<int> Locals)> lines)
    {
        var localTypes = method.GetMethodBody()?.LocalVariables;
        var writer = new Writer();
        writer.Byte(FormatVersion);
        writer.Int32(methodProbeId);
        writer.Byte(InstanceKindOf(method));
        writer.Byte(method is ConstructorInfo ? (byte)1 : (byte)0);
        writer.Int32(method.DeclaringType is { IsGenericType: true } type ? type.GetGenericArguments().Length : 0);
        writer.Byte(method is MethodInfo info && !IsCapturable(info.ReturnType) ? NotCapturable : (byte)0);
        var parameters = method.GetParameters();
        writer.Int32(parameters.Length);
        foreach (var parameter in parameters)
        {
            writer.Byte(ParameterFlags(parameter));
        }

        WriteLocals(writer, returnLocals, localTypes);
        writer.Int32(lines.Count);
        foreach (var (offset, probeId, locals) in lines)
        {
            writer.Int32(offset);
            writer.Int32(probeId);
            WriteLocals(writer, locals, localTypes);
        }

        return writer.ToArray();
    }

    private static void WriteLocals(Writer writer, IReadOnlyList<int> slots, IList<LocalVariableInfo>? localTypes)
    {
        writer.Int32(slots.Count);
        foreach (var slot in slots)
        {
            writer.UInt16(checked((ushort)slot));
            var type = localTypes is not null && slot < localTypes.Count ? localTypes[slot].LocalType : null;
            writer.Byte(type is null || IsCapturable(type) ? (byte)0 : NotCapturable);
        }
    }

    private static byte ParameterFlags(ParameterInfo parameter)
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

        return flags;
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
    /// <summary>GenericParameterAttributes.AllowByRefLike (C# 13 <c>allows ref struct</c>), which .NET 8's BCL does not name.</summary>
    private const GenericParameterAttributes AllowByRefLike = (GenericParameterAttributes)0x20;

    private static bool IsCapturable(Type type)
    {
        var element = type.IsByRef ? type.GetElementType()! : type;
        if (element.IsByRefLike)
        {
            return false;
        }

        return !element.IsGenericParameter
            || (element.GenericParameterAttributes & AllowByRefLike) == 0;
    }

    private sealed class Writer
    {
        private readonly List<byte> _bytes = [];

        public void Byte(byte value) => _bytes.Add(value);

        public void UInt16(ushort value)
        {
            Span<byte> buffer = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(buffer, value);
            _bytes.AddRange(buffer);
        }

        public void Int32(int value)
        {
            Span<byte> buffer = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
            _bytes.AddRange(buffer);
        }

        public byte[] ToArray() => [.. _bytes];
    }
}
