using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Distro.Debugger.Resolution;

/// <summary>
/// A configured method name: <c>Create</c>, <c>.ctor</c>, <c>.cctor</c>, <c>get_Name</c>, a generic method as
/// <c>Echo&lt;T&gt;</c> or <c>Echo`1</c>, optionally with a parameter list such as <c>Pick(string, int)</c>,
/// <c>Pick(System.String)</c>, <c>Pick(List&lt;int&gt;)</c> or <c>Pick(ref int)</c> (names and default values of
/// parameters are allowed and ignored). Without a list every overload matches; <c>Pick()</c> means no parameters.
/// Names are case-sensitive, as in C#: there is no case-insensitive fallback, since <c>Pick</c> and <c>pick</c> can
/// both exist.
/// </summary>
internal sealed class MethodNamePattern
{
    public const string Constructor = ".ctor";
    public const string TypeInitializer = ".cctor";

    private MethodNamePattern(string name, int? genericArity, IReadOnlyList<TypeSpelling>? parameters)
    {
        Name = name;
        GenericArity = genericArity;
        Parameters = parameters;
    }

    public string Name { get; }

    public int? GenericArity { get; }

    /// <summary>The parameter types, or null when no list was given.</summary>
    public IReadOnlyList<TypeSpelling>? Parameters { get; }

    public static bool TryParse(string methodName, [NotNullWhen(true)] out MethodNamePattern? pattern, out string error)
    {
        pattern = null;
        var text = methodName.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var namePart = (open < 0 ? text : text[..open]).Trim();
        if (namePart.Length == 0)
        {
            error = "a method probe needs a method name";
            return false;
        }

        IReadOnlyList<TypeSpelling>? parameters = null;
        if (open >= 0)
        {
            if (!text.EndsWith(')'))
            {
                error = $"the parameter list of '{methodName}' has no closing parenthesis";
                return false;
            }

            if (!TryParseParameters(text[(open + 1)..^1], out parameters, out error))
            {
                return false;
            }
        }

        var (name, arity) = SplitGenericArity(namePart);
        pattern = new MethodNamePattern(name, arity, parameters);
        error = string.Empty;
        return true;
    }

    public bool Matches(MethodBase method)
    {
        if (GenericArity is { } arity && (method.IsGenericMethodDefinition ? method.GetGenericArguments().Length : 0) != arity)
        {
            return false;
        }

        if (Parameters is null)
        {
            return true;
        }

        var parameters = method.GetParameters();
        if (parameters.Length != Parameters.Count)
        {
            return false;
        }

        for (var index = 0; index < parameters.Length; index++)
        {
            if (!TypeSpellingMatcher.Matches(Parameters[index], parameters[index].ParameterType))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseParameters(string list, out IReadOnlyList<TypeSpelling>? parameters, out string error)
    {
        parameters = null;
        var types = new List<TypeSpelling>();
        if (!string.IsNullOrWhiteSpace(list))
        {
            foreach (var entry in SplitTopLevel(list))
            {
                if (!TypeSpellingParser.TryParseParameter(entry, out var type, out error))
                {
                    error = $"cannot read parameter '{entry.Trim()}': {error}";
                    return false;
                }

                types.Add(type);
            }
        }

        parameters = types;
        error = string.Empty;
        return true;
    }

    /// <summary>Splits on the commas that separate parameters, not those inside <c>&lt;&gt;</c>, <c>()</c> or <c>[]</c>.</summary>
    private static List<string> SplitTopLevel(string list)
    {
        var entries = new List<string>();
        var depth = 0;
        var start = 0;
        for (var index = 0; index < list.Length; index++)
        {
            switch (list[index])
            {
                case '<' or '(' or '[':
                    depth++;
                    break;
                case '>' or ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    entries.Add(list[start..index]);
                    start = index + 1;
                    break;
            }
        }

        entries.Add(list[start..]);
        return entries;
    }

    private static (string Name, int? Arity) SplitGenericArity(string name)
    {
        // Echo`1 or Echo``1 (documentation ids); compiler-generated names such as <Main>b__0 carry no arity.
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick > 0 && int.TryParse(name.AsSpan(tick).TrimStart('`'), out var arity))
        {
            return (name[..tick], arity);
        }

        if (name.EndsWith('>') && !name.StartsWith('<'))
        {
            var open = name.IndexOf('<', StringComparison.Ordinal);
            if (open > 0)
            {
                return (name[..open].TrimEnd(), name[open..].Count(character => character == ',') + 1);
            }
        }

        return (name, null);
    }
}
