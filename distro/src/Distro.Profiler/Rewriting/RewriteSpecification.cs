using System.Buffers.Binary;

namespace Distro.Profiler.Rewriting;

/// <summary>
/// What managed code asks the profiler to do to one method, decoded from the exported API's byte format.
/// Managed code knows what only reflection can tell (which types are byref-like, which parameters are
/// <c>out</c>); everything else the profiler reads from the method's own signature.
/// </summary>
internal sealed record RewriteSpecification(
    int MethodProbeId,
    InstanceKind Instance,
    bool IsConstructor,
    int DeclaringTypeGenericArity,
    bool ReturnNotCapturable,
    IReadOnlyList<ParameterFlags> Parameters)
{
    public const byte FormatVersion = 1;

    /// <summary>Decodes the format written by the managed instrumentation API.</summary>
    public static RewriteSpecification Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new SpanReader(bytes);
        var version = reader.ReadByte();
        if (version != FormatVersion)
        {
            throw new FormatException($"rewrite specification format {version} is not supported (expected {FormatVersion})");
        }

        var probeId = reader.ReadInt32();
        var instance = (InstanceKind)reader.ReadByte();
        if (instance > InstanceKind.NotCapturable)
        {
            throw new FormatException($"unknown instance kind {(int)instance}");
        }

        var isConstructor = reader.ReadByte() != 0;
        var genericArity = reader.ReadInt32();
        var returnNotCapturable = (reader.ReadByte() & 1) != 0;
        var parameterCount = reader.ReadInt32();
        if (parameterCount is < 0 or > ushort.MaxValue || genericArity < 0)
        {
            throw new FormatException("parameter count or generic arity out of range");
        }

        var parameters = new ParameterFlags[parameterCount];
        for (var i = 0; i < parameterCount; i++)
        {
            parameters[i] = (ParameterFlags)reader.ReadByte();
        }

        if (!reader.AtEnd)
        {
            throw new FormatException("trailing bytes after the rewrite specification");
        }

        return new RewriteSpecification(probeId, instance, isConstructor, genericArity, returnNotCapturable, parameters);
    }

    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position == _bytes.Length;

        public byte ReadByte() => Take(1)[0];

        public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        private ReadOnlySpan<byte> Take(int count)
        {
            if (_position + count > _bytes.Length)
            {
                throw new FormatException("the rewrite specification is truncated");
            }

            var slice = _bytes.Slice(_position, count);
            _position += count;
            return slice;
        }
    }
}

/// <summary>How <c>this</c> can be captured.</summary>
internal enum InstanceKind : byte
{
    None = 0,
    Reference = 1,
    ValueType = 2,
    NotCapturable = 3,
}

[Flags]
internal enum ParameterFlags : byte
{
    None = 0,

    /// <summary>A byref-like value (Span&lt;T&gt;, ref struct, a generic parameter that allows ref structs): never boxed.</summary>
    NotCapturable = 1,

    /// <summary>An <c>out</c> parameter: unassigned at entry.</summary>
    Out = 2,

    /// <summary>An <c>in</c> parameter: read-only, so not passed again at return.</summary>
    In = 4,
}
