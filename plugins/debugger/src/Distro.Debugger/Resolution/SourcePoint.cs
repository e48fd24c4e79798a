namespace Distro.Debugger.Resolution;

/// <summary>A visible (not hidden) sequence point: where an IL offset's code is in the source.</summary>
internal readonly record struct SourcePoint(int Offset, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>How many characters the point covers when it stays on one line; multi-line points count as wider than any.</summary>
    public int Width => StartLine == EndLine ? EndColumn - StartColumn : int.MaxValue;
}
