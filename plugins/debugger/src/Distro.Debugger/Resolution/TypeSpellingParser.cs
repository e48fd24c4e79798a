using System.Diagnostics.CodeAnalysis;

namespace Distro.Debugger.Resolution;

/// <summary>
/// Reads a type the way users write one: C# (<c>int</c>, <c>List&lt;int&gt;</c>, <c>int[,]</c>, <c>int?</c>,
/// <c>(int, string)</c>, <c>Outer.Inner</c>, <c>global::System.String</c>) or reflection's own text
/// (<c>System.Int32&amp;</c>, <c>List`1[System.Int32]</c>, <c>Outer+Inner</c>), with or without namespaces.
/// Array rank specifiers are read in C# order: in <c>int[][,]</c> the outermost array is the first one.
/// </summary>
internal sealed class TypeSpellingParser
{
    // Input comes from configuration: bound the recursion so that no text can exhaust the stack.
    private const int MaxNesting = 32;
    private const int MaxTupleElementsPerType = 7;

    private static readonly HashSet<string> s_parameterModifiers = new(StringComparer.Ordinal) { "ref", "out", "in", "params", "this", "scoped", "readonly" };
    private static readonly HashSet<string> s_byRefModifiers = new(StringComparer.Ordinal) { "ref", "out", "in" };

    private readonly string _text;
    private int _position;
    private int _nesting;

    private TypeSpellingParser(string text) => _text = text;

    private bool AtEnd => _position >= _text.Length;

    private char Current => AtEnd ? '\0' : _text[_position];

    /// <summary>Parses a whole text as one type.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out TypeSpelling? type, out string error) =>
        Run(text, static parser => parser.ParseType(), out type, out error);

    /// <summary>Parses one entry of a parameter list: modifiers, a type, and optionally a name and a default value.</summary>
    public static bool TryParseParameter(string text, [NotNullWhen(true)] out TypeSpelling? type, out string error) =>
        Run(text, static parser => parser.ParseParameter(), out type, out error);

    private static bool Run(string text, Func<TypeSpellingParser, TypeSpelling> parse, [NotNullWhen(true)] out TypeSpelling? type, out string error)
    {
        var parser = new TypeSpellingParser(text);
        try
        {
            var parsed = parse(parser);
            parser.SkipSpaces();
            if (!parser.AtEnd)
            {
                throw parser.Error("unexpected text");
            }

            type = parsed;
            error = string.Empty;
            return true;
        }
        catch (FormatException exception)
        {
            type = null;
            error = exception.Message;
            return false;
        }
    }

    private TypeSpelling ParseParameter()
    {
        SkipAttributes();
        var byRef = false;
        while (TryReadWord(s_parameterModifiers, out var modifier))
        {
            byRef |= s_byRefModifiers.Contains(modifier);
        }

        var type = ParseType();
        SkipSpaces();
        if (IsNameStart(Current))
        {
            ReadIdentifier();
            SkipSpaces();
        }

        if (Current == '=')
        {
            _position = _text.Length;
        }

        return byRef && type is not ByRefTypeSpelling ? new ByRefTypeSpelling(type) : type;
    }

    private TypeSpelling ParseType()
    {
        if (++_nesting > MaxNesting)
        {
            throw Error("the type is nested too deeply");
        }

        SkipSpaces();
        TypeSpelling type = Current == '(' ? ParseTuple() : ParseNamed();
        type = ParseSuffixes(type);
        _nesting--;
        return type;
    }

    private TypeSpelling ParseSuffixes(TypeSpelling type)
    {
        while (true)
        {
            SkipSpaces();
            if (TryRead('?'))
            {
                type = new NullableTypeSpelling(type);
            }
            else if (TryRead('*'))
            {
                type = new PointerTypeSpelling(type);
            }
            else
            {
                break;
            }
        }

        var ranks = new List<int>();
        while (IsRankSpecifierAhead())
        {
            ranks.Add(ReadRankSpecifier());
        }

        for (var index = ranks.Count - 1; index >= 0; index--)
        {
            type = new ArrayTypeSpelling(type, ranks[index]);
        }

        SkipSpaces();
        if (ranks.Count > 0 && TryRead('?'))
        {
            // int[]? only annotates a reference type as nullable: the type stays int[].
            SkipSpaces();
        }

        return TryRead('&') ? new ByRefTypeSpelling(type) : type;
    }

    private NamedTypeSpelling ParseNamed()
    {
        var segments = new List<NameSegment>();
        var arguments = new List<TypeSpelling>();
        var everyArgumentGiven = true;
        while (true)
        {
            SkipSpaces();
            var name = ReadIdentifier();
            if (name == "global" && TryRead("::"))
            {
                continue;
            }

            int? arity = null;
            if (TryRead('`'))
            {
                TryRead('`');
                arity = ReadNumber();
            }

            SkipSpaces();
            IReadOnlyList<TypeSpelling?>? list = null;
            if (TryRead('<'))
            {
                list = ParseArguments('>', reflectionStyle: false);
            }
            else if (arity > 0 && Current == '[' && !IsRankSpecifierAhead())
            {
                _position++;
                list = ParseArguments(']', reflectionStyle: true);
            }

            if (list is not null)
            {
                if (arity is not null && arity != list.Count)
                {
                    throw Error($"{name}`{arity} has {list.Count} type arguments");
                }

                arity = list.Count;
                everyArgumentGiven &= list.All(argument => argument is not null);
                arguments.AddRange(list.OfType<TypeSpelling>());
            }
            else if (arity > 0)
            {
                everyArgumentGiven = false;
            }

            segments.Add(new NameSegment(name, arity));
            SkipSpaces();
            if (!TryRead('.') && !TryRead('+'))
            {
                break;
            }
        }

        if (segments is [{ Arity: null } only] && CSharpKeywords.TryGetSystemTypeName(only.Name, out var systemName))
        {
            return new NamedTypeSpelling([new NameSegment("System", null), new NameSegment(systemName, 0)], []);
        }

        return new NamedTypeSpelling(segments, everyArgumentGiven ? arguments : []);
    }

    private List<TypeSpelling?> ParseArguments(char close, bool reflectionStyle)
    {
        var list = new List<TypeSpelling?>();
        while (true)
        {
            SkipSpaces();
            if (Current == ',' || Current == close)
            {
                list.Add(null);
            }
            else if (reflectionStyle && TryRead('['))
            {
                list.Add(ParseType());
                SkipAssemblyQualification();
            }
            else
            {
                list.Add(ParseType());
            }

            SkipSpaces();
            if (TryRead(','))
            {
                continue;
            }

            Expect(close);
            return list;
        }
    }

    private NamedTypeSpelling ParseTuple()
    {
        Expect('(');
        var elements = new List<TypeSpelling>();
        do
        {
            elements.Add(ParseType());
            SkipSpaces();
            if (IsNameStart(Current))
            {
                ReadIdentifier();
            }

            SkipSpaces();
        }
        while (TryRead(','));

        Expect(')');
        if (elements.Count < 2)
        {
            throw Error("a tuple has at least two elements");
        }

        return Tuple(elements);
    }

    private static NamedTypeSpelling Tuple(IReadOnlyList<TypeSpelling> elements)
    {
        // (a, ..., g, h, ...) is ValueTuple`8 whose last argument holds the rest.
        var arguments = elements.Count <= MaxTupleElementsPerType
            ? elements
            : [.. elements.Take(MaxTupleElementsPerType), Tuple([.. elements.Skip(MaxTupleElementsPerType)])];
        return new NamedTypeSpelling([new NameSegment("System", null), new NameSegment("ValueTuple", arguments.Count)], arguments);
    }

    private string ReadIdentifier()
    {
        if (Current == '@')
        {
            _position++;
        }

        var start = _position;
        if (Current == '<')
        {
            // A compiler-generated name such as <>c or <Main>d__0.
            var depth = 0;
            do
            {
                depth += Current switch { '<' => 1, '>' => -1, _ => 0 };
                _position++;
            }
            while (!AtEnd && depth > 0);
        }

        while (!AtEnd && (char.IsLetterOrDigit(Current) || Current == '_'))
        {
            _position++;
        }

        if (_position == start)
        {
            throw Error("expected a name");
        }

        return _text[start.._position];
    }

    private int ReadNumber()
    {
        var start = _position;
        while (!AtEnd && char.IsAsciiDigit(Current))
        {
            _position++;
        }

        if (_position == start || !int.TryParse(_text.AsSpan(start, _position - start), out var number))
        {
            throw Error("expected a generic arity");
        }

        return number;
    }

    private bool IsRankSpecifierAhead()
    {
        var position = _position;
        while (position < _text.Length && char.IsWhiteSpace(_text[position]))
        {
            position++;
        }

        if (position >= _text.Length || _text[position] != '[')
        {
            return false;
        }

        position++;
        while (position < _text.Length && (_text[position] == ',' || char.IsWhiteSpace(_text[position])))
        {
            position++;
        }

        return position < _text.Length && _text[position] == ']';
    }

    private int ReadRankSpecifier()
    {
        SkipSpaces();
        Expect('[');
        var rank = 1;
        while (true)
        {
            SkipSpaces();
            if (TryRead(','))
            {
                rank++;
                continue;
            }

            Expect(']');
            return rank;
        }
    }

    private void SkipAssemblyQualification()
    {
        var depth = 1;
        while (!AtEnd && depth > 0)
        {
            depth += Current switch { '[' => 1, ']' => -1, _ => 0 };
            _position++;
        }

        if (depth > 0)
        {
            throw Error("expected ']'");
        }
    }

    private void SkipAttributes()
    {
        SkipSpaces();
        while (Current == '[')
        {
            _position++;
            SkipAssemblyQualification();
            SkipSpaces();
        }
    }

    private bool TryReadWord(HashSet<string> words, out string word)
    {
        SkipSpaces();
        var end = _position;
        while (end < _text.Length && char.IsAsciiLetterLower(_text[end]))
        {
            end++;
        }

        word = _text[_position..end];
        if (end < _text.Length && char.IsWhiteSpace(_text[end]) && words.Contains(word))
        {
            _position = end;
            return true;
        }

        return false;
    }

    private static bool IsNameStart(char character) => char.IsLetter(character) || character is '_' or '@';

    private void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _position++;
        }
    }

    private bool TryRead(char expected)
    {
        if (Current != expected || AtEnd)
        {
            return false;
        }

        _position++;
        return true;
    }

    private bool TryRead(string expected)
    {
        if (!_text.AsSpan(_position).StartsWith(expected, StringComparison.Ordinal))
        {
            return false;
        }

        _position += expected.Length;
        return true;
    }

    private void Expect(char expected)
    {
        if (!TryRead(expected))
        {
            throw Error($"expected '{expected}'");
        }
    }

    private FormatException Error(string message) => new($"{message} at position {_position + 1} of '{_text}'");
}
