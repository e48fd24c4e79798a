namespace Distro.Profiler.Interop;

/// <summary>Any metadata token: the table in the high byte, the row in the low three bytes.</summary>
internal readonly record struct MetadataToken(int Value)
{
    public const int MethodDefTable = 0x06;
    public const int AssemblyRefTable = 0x23;

    public int Table => (int)((uint)Value >> 24);

    public int Row => Value & 0x00FFFFFF;

    public bool IsNil => Row == 0;

    public override string ToString() => $"0x{Value:x8}";
}

/// <summary>A MethodDef token (table 0x06), the identity of a method inside its module.</summary>
internal readonly record struct MethodDefToken
{
    public MethodDefToken(int value)
    {
        if ((int)((uint)value >> 24) != MetadataToken.MethodDefTable)
        {
            throw new ArgumentException($"0x{value:x8} is not a MethodDef token", nameof(value));
        }

        Value = value;
    }

    public int Value { get; }

    public override string ToString() => $"0x{Value:x8}";
}

/// <summary>A TypeDef token (table 0x02).</summary>
internal readonly record struct TypeDefToken(int Value)
{
    public override string ToString() => $"0x{Value:x8}";
}
