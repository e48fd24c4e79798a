namespace Distro.IL.Codec;

public sealed partial class ILMethodBody
{
    public int IndexOf(Instruction instruction) => _instructions.IndexOf(instruction);

    /// <summary>Appends an instruction; nothing is retargeted.</summary>
    public void Add(Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        _instructions.Add(instruction);
    }

    /// <summary>Inserts code at <paramref name="index"/>; nothing is retargeted.</summary>
    public void Insert(int index, IReadOnlyList<Instruction> newCode)
    {
        ArgumentNullException.ThrowIfNull(newCode);
        _instructions.InsertRange(index, newCode);
    }

    /// <summary>
    /// Inserts code before <paramref name="anchor"/> and makes every branch, switch and clause boundary
    /// that referred to the anchor refer to the first inserted instruction: code that jumped to the
    /// anchor now runs the inserted code first, and the inserted code belongs to the region the anchor
    /// started. References inside <paramref name="newCode"/> are left alone, so it may branch to the anchor.
    /// </summary>
    public void InsertBefore(Instruction anchor, IReadOnlyList<Instruction> newCode)
    {
        ArgumentNullException.ThrowIfNull(newCode);
        var index = RequireIndex(anchor);
        if (newCode.Count == 0)
        {
            return;
        }

        ReferenceRetargeter.Retarget(_instructions, ExceptionClauses, anchor, newCode[0]);
        _instructions.InsertRange(index, newCode);
    }

    /// <summary>
    /// Replaces <paramref name="old"/> with a non-empty sequence; every reference to <paramref name="old"/>
    /// moves to the first instruction of the sequence, which also takes over its original offset, so the
    /// offset map still says where the replaced instruction went.
    /// </summary>
    public void Replace(Instruction old, IReadOnlyList<Instruction> newSequence)
    {
        ArgumentNullException.ThrowIfNull(newSequence);
        if (newSequence.Count == 0)
        {
            throw new ArgumentException("The replacement must contain at least one instruction.", nameof(newSequence));
        }

        var index = RequireIndex(old);
        ReferenceRetargeter.Retarget(_instructions, ExceptionClauses, old, newSequence[0]);
        newSequence[0].TakeOverOriginalOffset(old);
        _instructions.RemoveAt(index);
        _instructions.InsertRange(index, newSequence);
    }

    private int RequireIndex(Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        var index = _instructions.IndexOf(instruction);
        return index >= 0
            ? index
            : throw new ArgumentException($"Instruction '{instruction}' is not part of this method body.", nameof(instruction));
    }
}
