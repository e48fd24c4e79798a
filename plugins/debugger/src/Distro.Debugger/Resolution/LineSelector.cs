namespace Distro.Debugger.Resolution;

/// <summary>
/// Decides which methods of a document own a line, the way a debugger binds a breakpoint.
/// <list type="number">
/// <item>A method is a candidate when its lines (first to last visible sequence point) contain the line.</item>
/// <item>A candidate binds to the line itself when one of its sequence points starts there; otherwise to its next
/// line with code, unless code of another, non-nested method lies in between (then the line is outside it, as a
/// blank line between two methods is outside a constructor whose field initializers span them).</item>
/// <item>Candidates with code starting on the line beat those that would snap forward.</item>
/// <item>Among the rest, a lambda or local function wins over the methods it is written in: a method is dropped when
/// a nested method bound on its lines is narrower (fewer lines, or on one line a narrower sequence point).</item>
/// <item>Whatever is left is bound: several constructors sharing a field initializer, or two lambdas on one line.</item>
/// </list>
/// </summary>
internal static class LineSelector
{
    /// <param name="line">The requested line.</param>
    /// <param name="methods">Every method with code in the document.</param>
    /// <param name="isNested">Whether a method (by token) is a lambda or local function written inside another.</param>
    public static IReadOnlyList<LineChoice> Select(int line, IReadOnlyList<MethodCode> methods, Func<int, bool> isNested)
    {
        var bound = new List<LineChoice>();
        foreach (var method in methods.Where(method => method.Contains(line)))
        {
            if (Bind(line, method, methods, isNested) is { } choice)
            {
                bound.Add(choice);
            }
        }

        if (bound.Any(choice => choice.BoundLine == line))
        {
            bound.RemoveAll(choice => choice.BoundLine != line);
        }

        return bound
            .Where(outer => !bound.Any(inner => inner != outer && isNested(inner.Method.MethodToken) && IsNarrowerWithin(inner, outer)))
            .ToList();
    }

    private static LineChoice? Bind(int line, MethodCode method, IReadOnlyList<MethodCode> methods, Func<int, bool> isNested)
    {
        var boundLine = method.Points.Where(point => point.StartLine >= line).Select(point => point.StartLine).DefaultIfEmpty(-1).Min();
        if (boundLine < 0)
        {
            return null;
        }

        if (boundLine > line && methods.Any(other => other != method && !isNested(other.MethodToken)
            && other.Points.Any(point => point.StartLine >= line && point.StartLine < boundLine)))
        {
            return null;
        }

        var offset = method.Points.Where(point => point.StartLine == boundLine).Min(point => point.Offset);
        return new LineChoice(method, boundLine, offset);
    }

    private static bool IsNarrowerWithin(LineChoice inner, LineChoice outer)
    {
        if (!inner.Method.IsWithin(outer.Method))
        {
            return false;
        }

        if (inner.Method.LineSpan != outer.Method.LineSpan)
        {
            return inner.Method.LineSpan < outer.Method.LineSpan;
        }

        return NarrowestPointWidth(inner) < NarrowestPointWidth(outer);
    }

    private static int NarrowestPointWidth(LineChoice choice) =>
        choice.Method.Points.Where(point => point.StartLine == choice.BoundLine).Select(point => point.Width).DefaultIfEmpty(int.MaxValue).Min();
}
