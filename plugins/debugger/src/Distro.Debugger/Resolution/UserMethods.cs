using System.Reflection;

namespace Distro.Debugger.Resolution;

/// <summary>
/// Maps what the compiler generated to what the user wrote: a state machine's MoveNext to its kickoff method (from
/// the PDB's StateMachineMethod table), a lambda or local function to the method it is written in; and names the
/// target readably (see <see cref="ResolvedTarget.DisplayName"/>).
/// </summary>
internal static class UserMethods
{
    public static (MethodBase UserMethod, string DisplayName) Describe(MethodBase method, SymbolFile? symbols)
    {
        var written = method;
        if (StateMachineKickoff(method, symbols) is { } kickoff)
        {
            written = kickoff;
        }

        var owner = UserType(written.DeclaringType);
        var ownerName = owner is null ? string.Empty : TypeDisplay.Of(owner) + ".";
        if (owner is not null && GeneratedNames.IsLambda(written.Name, out var enclosing))
        {
            return (Enclosing(owner, enclosing, written, symbols) ?? written, ownerName + written.Name);
        }

        if (owner is not null && GeneratedNames.IsLocalFunction(written.Name, out enclosing, out var localName))
        {
            return (Enclosing(owner, enclosing, written, symbols) ?? written, $"{ownerName}{enclosing}.{localName}");
        }

        return (written, ownerName + written.Name);
    }

    /// <summary>The method that a state machine's MoveNext was generated for, or null when it is not one.</summary>
    public static MethodBase? StateMachineKickoff(MethodBase method, SymbolFile? symbols) =>
        symbols?.StateMachineKickoff(method.MetadataToken) is { } token ? MethodTokens.Resolve(method.Module, token) : null;

    /// <summary>The type the user wrote: closures and state machines are nested in it.</summary>
    private static Type? UserType(Type? type)
    {
        while (type is not null && GeneratedNames.IsGenerated(type.Name))
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static MethodBase? Enclosing(Type owner, string name, MethodBase generated, SymbolFile? symbols)
    {
        var candidates = MethodLocator.Named(owner, name).ToList();
        if (candidates.Count <= 1 || symbols?.CodeOf(generated.MetadataToken) is not { } generatedCode)
        {
            return candidates.FirstOrDefault();
        }

        // Overloads: the one whose lines hold the lambda's.
        return candidates.FirstOrDefault(candidate => symbols.CodeOf(candidate.MetadataToken) is { } code && generatedCode.IsWithin(code))
            ?? candidates[0];
    }
}
