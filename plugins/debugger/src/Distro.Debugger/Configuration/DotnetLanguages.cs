namespace Distro.Debugger.Configuration;

/// <summary>The spellings of <c>Language</c> that name a .NET language; anything else is a language mismatch.</summary>
internal static class DotnetLanguages
{
    private static readonly HashSet<string> s_accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        "dotnet", ".net", "net", "csharp", "c#", "cs", "fsharp", "f#", "vb", "vb.net", "visualbasic",
    };

    /// <summary>Empty or missing is accepted: the operator targeting this service meant this runtime.</summary>
    public static bool Accepts(string? language) =>
        string.IsNullOrWhiteSpace(language) || s_accepted.Contains(language.Trim());
}
