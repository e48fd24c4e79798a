namespace Distro.IL.Codec;

/// <summary>Writes a method body model back to header, code and exception section bytes.</summary>
internal static class MethodBodyEncoder
{
    public static EncodedMethodBody Encode(ILMethodBody body)
    {
        var layout = CodeLayout.Compute(body.Instructions);
        var clauses = body.ExceptionClauses.Select(clause => ToRecord(clause, layout)).ToList();
        var header = new MethodHeader(body.MaxStack, layout.CodeSize, body.LocalVarSigToken, body.InitLocals, HasMoreSections: clauses.Count > 0);

        var writer = new ILWriter(MethodHeader.FatHeaderSize + layout.CodeSize);
        header.Write(writer);
        InstructionEncoder.Write(writer, layout);
        if (clauses.Count > 0)
        {
            ExceptionSection.Write(writer, clauses);
        }

        return new EncodedMethodBody(writer.ToArray(), BuildOffsetMap(layout));
    }

    private static ExceptionClauseRecord ToRecord(ExceptionClause clause, CodeLayout layout)
    {
        var tryStart = layout.OffsetOf(clause.TryStart);
        var tryEnd = layout.OffsetOfEnd(clause.TryEnd);
        var handlerStart = layout.OffsetOf(clause.HandlerStart);
        var handlerEnd = layout.OffsetOfEnd(clause.HandlerEnd);
        if (tryEnd < tryStart || handlerEnd < handlerStart)
        {
            throw new InvalidOperationException($"A {clause.Kind} clause ends before it starts.");
        }

        var classTokenOrFilterOffset = clause.Kind == ExceptionClauseKind.Filter
            ? (uint)layout.OffsetOf(clause.FilterStart ?? throw new InvalidOperationException("A filter clause has no filter start."))
            : (uint)clause.CatchTypeToken;
        return new ExceptionClauseRecord(
            clause.Kind,
            (uint)tryStart,
            (uint)(tryEnd - tryStart),
            (uint)handlerStart,
            (uint)(handlerEnd - handlerStart),
            classTokenOrFilterOffset);
    }

    private static List<OffsetMapping> BuildOffsetMap(CodeLayout layout)
    {
        var map = new List<OffsetMapping>(layout.Instructions.Count);
        for (var i = 0; i < layout.Instructions.Count; i++)
        {
            var originalOffset = layout.Instructions[i].OriginalOffset;
            if (originalOffset >= 0)
            {
                map.Add(new OffsetMapping(originalOffset, layout.OffsetAt(i)));
            }
        }

        map.Sort((left, right) => left.OldOffset.CompareTo(right.OldOffset));
        return map;
    }
}
