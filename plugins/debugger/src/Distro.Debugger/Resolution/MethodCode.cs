namespace Distro.Debugger.Resolution;

/// <summary>A method's visible sequence points in one document, in IL order.</summary>
internal sealed record MethodCode(int MethodToken, IReadOnlyList<SourcePoint> Points)
{
    public int FirstLine { get; } = Points.Min(point => point.StartLine);

    public int LastLine { get; } = Points.Max(point => point.EndLine);

    public int LineSpan => LastLine - FirstLine;

    public bool Contains(int line) => FirstLine <= line && line <= LastLine;

    /// <summary>Whether this method's lines lie within <paramref name="other"/>'s.</summary>
    public bool IsWithin(MethodCode other) => other.FirstLine <= FirstLine && LastLine <= other.LastLine;
}
