using System.Reflection;

namespace Distro.Debugger.Resolution;

/// <summary>Finds a type's own methods by configured name and parameter list.</summary>
internal static class MethodLocator
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>The methods with a body that match: abstract methods have no code to instrument.</summary>
    public static IReadOnlyList<MethodBase> Find(Type type, MethodNamePattern pattern) =>
        Named(type, pattern.Name).Where(method => !method.IsAbstract && MatchesSafely(pattern, method)).ToList();

    /// <summary>
    /// The type's own methods called <paramref name="name"/>: <c>.ctor</c> (or the type's own name, as C# spells a
    /// constructor) for instance constructors, <c>.cctor</c> for the static constructor, and explicit interface
    /// implementations by their short name (<c>Dispose</c> finds <c>System.IDisposable.Dispose</c>).
    /// </summary>
    public static IEnumerable<MethodBase> Named(Type type, string name)
    {
        if (name == MethodNamePattern.Constructor || name == NameSegment.Split(type.Name).Name)
        {
            return type.GetConstructors(Declared & ~BindingFlags.Static);
        }

        if (name == MethodNamePattern.TypeInitializer)
        {
            return type.TypeInitializer is { } initializer ? [initializer] : [];
        }

        return type.GetMethods(Declared).Where(method =>
            method.Name == name || (method.Name.EndsWith(name, StringComparison.Ordinal) && method.Name.Length > name.Length && method.Name[^(name.Length + 1)] == '.'));
    }

    private static bool MatchesSafely(MethodNamePattern pattern, MethodBase method)
    {
        try
        {
            return pattern.Matches(method);
        }
        catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // A parameter type from an assembly that cannot load: this overload cannot be the one the user meant.
            return false;
        }
    }
}
