using System.Collections.ObjectModel;

namespace Distro.IL.Codec;

/// <summary>
/// A method body as a list of instructions plus exception clauses, ready to be edited and encoded
/// back. Decoding then encoding an unchanged body gives back its bytes.
/// </summary>
public sealed partial class ILMethodBody
{
    private readonly List<Instruction> _instructions;
    private int _maxStack;

    public ILMethodBody()
        : this([])
    {
    }

    internal ILMethodBody(List<Instruction> instructions) => _instructions = instructions;

    public int MaxStack
    {
        get => _maxStack;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, ushort.MaxValue);
            _maxStack = value;
        }
    }

    /// <summary>Whether the runtime zero-initializes locals and <c>localloc</c> memory.</summary>
    public bool InitLocals { get; set; }

    /// <summary>StandAloneSig token of the local variable signature, or 0 when the method has no locals.</summary>
    public int LocalVarSigToken { get; set; }

    public IReadOnlyList<Instruction> Instructions => _instructions;

    /// <summary>Clauses in the order they are encoded, which must be innermost first.</summary>
    public Collection<ExceptionClause> ExceptionClauses { get; } = [];

    /// <summary>Decodes a whole method body (header, code, exception sections); bytes after it are ignored.</summary>
    /// <exception cref="InvalidILException">The bytes are not a well-formed method body.</exception>
    public static ILMethodBody Decode(ReadOnlySpan<byte> body) => MethodBodyDecoder.Decode(body);

    /// <summary>Encodes header, code and exception section, widening short branches that no longer reach.</summary>
    /// <exception cref="InvalidOperationException">An instruction appears twice, or a branch or clause refers to an instruction that is not in the body.</exception>
    public EncodedMethodBody Encode() => MethodBodyEncoder.Encode(this);

    /// <summary>The offset each instruction will have when the body is encoded now.</summary>
    public IReadOnlyDictionary<Instruction, int> ComputeOffsets() => CodeLayout.Compute(_instructions).ToOffsetDictionary();
}
