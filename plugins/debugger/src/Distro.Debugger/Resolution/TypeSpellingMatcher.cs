namespace Distro.Debugger.Resolution;

/// <summary>Whether a spelled type is a given reflection type (a parameter's type, typically).</summary>
internal static class TypeSpellingMatcher
{
    public static bool Matches(TypeSpelling spelling, Type type) => spelling switch
    {
        ByRefTypeSpelling byRef => type.IsByRef && Matches(byRef.Element, type.GetElementType()!),
        PointerTypeSpelling pointer => type.IsPointer && Matches(pointer.Element, type.GetElementType()!),
        ArrayTypeSpelling array => MatchesArray(array, type),
        NullableTypeSpelling nullable => MatchesNullable(nullable, type),
        NamedTypeSpelling named => MatchesNamed(named, type),
        _ => false,
    };

    private static bool MatchesArray(ArrayTypeSpelling array, Type type) =>
        type.IsArray
        && (array.Rank == 1 ? type.IsSZArray : type.GetArrayRank() == array.Rank)
        && Matches(array.Element, type.GetElementType()!);

    private static bool MatchesNullable(NullableTypeSpelling nullable, Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Matches(nullable.Element, underlying);
        }

        // On a reference type or an unconstrained type parameter, '?' is an annotation only.
        return (!type.IsValueType || type.IsGenericParameter) && Matches(nullable.Element, type);
    }

    private static bool MatchesNamed(NamedTypeSpelling named, Type type)
    {
        if (type.IsByRef || type.IsPointer || type.IsArray)
        {
            return false;
        }

        if (type.IsGenericParameter)
        {
            return named is { Segments: [{ Arity: null or 0 } only], Arguments.Count: 0 }
                && string.Equals(only.Name, type.Name, StringComparison.Ordinal);
        }

        var definition = type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type;
        if (!TypePath.Of(definition).EndsWith(named.Segments))
        {
            return false;
        }

        if (named.Arguments.Count == 0)
        {
            return true;
        }

        var arguments = type.GetGenericArguments();
        if (arguments.Length != named.Arguments.Count)
        {
            return false;
        }

        for (var index = 0; index < arguments.Length; index++)
        {
            if (!Matches(named.Arguments[index], arguments[index]))
            {
                return false;
            }
        }

        return true;
    }
}
