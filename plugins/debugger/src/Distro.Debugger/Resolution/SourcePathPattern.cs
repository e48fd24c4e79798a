namespace Distro.Debugger.Resolution;

/// <summary>
/// A configured file path matched against the document paths in PDBs by whole path segments from the end,
/// case-insensitively, with '/' and '\' alike. A relative path or bare file name must match entirely:
/// <c>Controllers/Orders.cs</c> matches <c>/build/src/Controllers/Orders.cs</c>. An absolute path was usually
/// taken on another machine than the build's, so it matches by its longest common suffix, at least the file name;
/// the best-scoring documents win.
/// </summary>
internal sealed class SourcePathPattern
{
    private readonly string[] _segments;
    private readonly bool _isRooted;

    private SourcePathPattern(string[] segments, bool isRooted)
    {
        _segments = segments;
        _isRooted = isRooted;
    }

    public string FileName => _segments[^1];

    public static SourcePathPattern? Parse(string filePath)
    {
        var segments = Segments(filePath).SkipWhile(segment => segment == "..").ToArray();
        if (segments.Length == 0)
        {
            return null;
        }

        var trimmed = filePath.TrimStart();
        var isRooted = trimmed.StartsWith('/') || trimmed.StartsWith('\\') || trimmed.StartsWith('~')
            || (trimmed.Length >= 2 && char.IsAsciiLetter(trimmed[0]) && trimmed[1] == ':');
        return new SourcePathPattern(segments, isRooted);
    }

    /// <summary>How many trailing segments match: 0 for no match; higher is a closer match.</summary>
    public int Score(string documentPath)
    {
        var document = Segments(documentPath);
        var common = 0;
        while (common < _segments.Length && common < document.Length
            && string.Equals(_segments[^(common + 1)], document[^(common + 1)], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        if (common == 0)
        {
            return 0;
        }

        return _isRooted || common == _segments.Length ? common : 0;
    }

    private static string[] Segments(string path) =>
        path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(segment => segment != ".")
            .ToArray();
}
