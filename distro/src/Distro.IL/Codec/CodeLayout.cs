namespace Distro.IL.Codec;

/// <summary>
/// The form and offset each instruction gets when encoded. Branches keep their form while their
/// displacement fits; short branches that no longer reach are widened, repeatedly, because each
/// widening moves later code. Forms are never shortened, so unchanged bodies encode to their original bytes.
/// </summary>
internal sealed class CodeLayout
{
    private readonly Dictionary<Instruction, int> _indices;
    private readonly OpCodeInfo[] _forms;
    private readonly int[] _offsets;

    private CodeLayout(IReadOnlyList<Instruction> instructions, Dictionary<Instruction, int> indices, OpCodeInfo[] forms, int[] offsets, int codeSize)
    {
        Instructions = instructions;
        _indices = indices;
        _forms = forms;
        _offsets = offsets;
        CodeSize = codeSize;
    }

    public IReadOnlyList<Instruction> Instructions { get; }

    public int CodeSize { get; }

    public static CodeLayout Compute(IReadOnlyList<Instruction> instructions)
    {
        var indices = IndexInstructions(instructions);
        var forms = instructions.Select(instruction => instruction.Info).ToArray();
        var offsets = new int[instructions.Count];
        int codeSize;
        do
        {
            codeSize = AssignOffsets(instructions, forms, offsets);
        }
        while (WidenBranchesOutOfReach(instructions, forms, offsets, indices));

        return new CodeLayout(instructions, indices, forms, offsets, codeSize);
    }

    public OpCodeInfo FormAt(int index) => _forms[index];

    public int OffsetAt(int index) => _offsets[index];

    /// <summary>Offset just past the instruction at <paramref name="index"/> in its final form.</summary>
    public int EndAt(int index) => _offsets[index] + Instructions[index].SizeAs(_forms[index]);

    public int OffsetOf(Instruction instruction) => _offsets[IndexOf(instruction, _indices)];

    /// <summary>Offset of a region end: the instruction's offset, or the code size for null (end of code).</summary>
    public int OffsetOfEnd(Instruction? end) => end is null ? CodeSize : OffsetOf(end);

    public Dictionary<Instruction, int> ToOffsetDictionary()
    {
        var offsets = new Dictionary<Instruction, int>(_indices.Count, ReferenceEqualityComparer.Instance);
        foreach (var (instruction, index) in _indices)
        {
            offsets.Add(instruction, _offsets[index]);
        }

        return offsets;
    }

    private static Dictionary<Instruction, int> IndexInstructions(IReadOnlyList<Instruction> instructions)
    {
        var indices = new Dictionary<Instruction, int>(instructions.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < instructions.Count; i++)
        {
            if (!indices.TryAdd(instructions[i], i))
            {
                throw new InvalidOperationException($"Instruction '{instructions[i]}' appears more than once in the method body.");
            }
        }

        return indices;
    }

    private static int AssignOffsets(IReadOnlyList<Instruction> instructions, OpCodeInfo[] forms, int[] offsets)
    {
        var offset = 0L;
        for (var i = 0; i < instructions.Count; i++)
        {
            offsets[i] = (int)offset;
            offset += instructions[i].SizeAs(forms[i]);
            if (offset > int.MaxValue)
            {
                throw new InvalidOperationException("The method body is larger than 2 GB.");
            }
        }

        return (int)offset;
    }

    private static bool WidenBranchesOutOfReach(IReadOnlyList<Instruction> instructions, OpCodeInfo[] forms, int[] offsets, Dictionary<Instruction, int> indices)
    {
        var widened = false;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (forms[i].OperandKind != OperandKind.ShortBranch)
            {
                continue;
            }

            var target = instructions[i].BranchTarget
                ?? throw new InvalidOperationException($"Branch '{instructions[i]}' has no target.");
            var displacement = offsets[IndexOf(target, indices)] - (offsets[i] + instructions[i].SizeAs(forms[i]));
            if (displacement is < sbyte.MinValue or > sbyte.MaxValue)
            {
                forms[i] = OpCodeTable.Get(BranchForms.LongFormOf(forms[i].OpCode));
                widened = true;
            }
        }

        return widened;
    }

    private static int IndexOf(Instruction instruction, Dictionary<Instruction, int> indices) =>
        indices.TryGetValue(instruction, out var index)
            ? index
            : throw new InvalidOperationException($"Instruction '{instruction}' is referenced but is not part of the method body.");
}
