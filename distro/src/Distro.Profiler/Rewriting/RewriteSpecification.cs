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
    IReadOnlyList<ValueFlags> Parameters,
    IReadOnlyList<LocalSpecification> ReturnLocals,
    IReadOnlyList<LineSpecification> Lines)
{
    public const byte FormatVersion = 2;

    /// <summary>Whether the method probe (entry, return, exception) is asked for; 0 means line probes only.</summary>
    public bool WrapsMethod => MethodProbeId != 0;

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

        var parameters = new ValueFlags[parameterCount];
        for (var i = 0; i < parameterCount; i++)
        {
            parameters[i] = (ValueFlags)reader.ReadByte();
        }

        var returnLocals = ReadLocals(ref reader);
        var lineCount = ReadCount(ref reader);
        var lines = new LineSpecification[lineCount];
        for (var i = 0; i < lineCount; i++)
        {
            var offset = reader.ReadInt32();
            var lineProbeId = reader.ReadInt32();
            if (offset < 0 || lineProbeId == 0)
            {
                throw new FormatException("a line probe needs an IL offset and a probe id");
            }

            lines[i] = new LineSpecification(offset, lineProbeId, ReadLocals(ref reader));
        }

        if (!reader.AtEnd)
        {
            throw new FormatException("trailing bytes after the rewrite specification");
        }

        if (probeId == 0 && lineCount == 0)
        {
            throw new FormatException("the rewrite specification asks for no probe at all");
        }

        return new RewriteSpecification(probeId, instance, isConstructor, genericArity, returnNotCapturable, parameters, returnLocals, lines);
    }

    private static LocalSpecification[] ReadLocals(ref SpanReader reader)
    {
        var count = ReadCount(ref reader);
        var locals = new LocalSpecification[count];
        for (var i = 0; i < count; i++)
        {
            locals[i] = new LocalSpecification(reader.ReadUInt16(), (ValueFlags)reader.ReadByte());
        }

        return locals;
    }

    private static int ReadCount(ref SpanReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= ushort.MaxValue ? count : throw new FormatException($"count {count} out of range");
    }

    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position == _bytes.Length;

        public byte ReadByte() => Take(1)[0];

        public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

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

/// <summary>A local variable slot to capture, with what reflection knows of its type.</summary>
internal readonly record struct LocalSpecification(int Slot, ValueFlags Flags);

/// <summary>A line probe: the IL offset its line starts at, its probe id, and the locals in scope there.</summary>
internal sealed record LineSpecification(int ILOffset, int ProbeId, IReadOnlyList<LocalSpecification> Locals);

/// <summary>How <c>this</c> can be captured.</summary>
internal enum InstanceKind : byte
{
    None = 0,
    Reference = 1,
    ValueType = 2,
    NotCapturable = 3,
}

[Flags]
internal enum ValueFlags : byte
{
    None = 0,

    /// <summary>A byref-like value (Span&lt;T&gt;, ref struct, a generic parameter that allows ref structs): never boxed.</summary>
    NotCapturable = 1,

    /// <summary>An <c>out</c> parameter: unassigned at entry.</summary>
    Out = 2,

    /// <summary>An <c>in</c> parameter: read-only, so not passed again at return.</summary>
    In = 4,
}
