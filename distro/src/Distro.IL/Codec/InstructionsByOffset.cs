namespace Distro.IL.Codec;

/// <summary>Finds the decoded instruction that starts at a given offset; anything else is not a valid jump or region boundary.</summary>
internal sealed class InstructionsByOffset
{
    private readonly List<Instruction> _instructions;
    private readonly int[] _offsets;

    /// <param name="instructions">Decoded instructions, in code order.</param>
    public InstructionsByOffset(List<Instruction> instructions)
    {
        _instructions = instructions;
        _offsets = [.. instructions.Select(instruction => instruction.OriginalOffset)];
    }

    public Instruction? StartingAt(long offset)
    {
        if (offset is < 0 or > int.MaxValue)
        {
            return null;
        }

        var index = Array.BinarySearch(_offsets, (int)offset);
        return index >= 0 ? _instructions[index] : null;
    }
}
