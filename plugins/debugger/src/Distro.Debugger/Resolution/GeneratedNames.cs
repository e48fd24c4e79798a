namespace Distro.Debugger.Resolution;

/// <summary>
/// Reads the names the C# compiler gives to what it generates: <c>&lt;Main&gt;b__0_0</c> (lambda),
/// <c>&lt;Main&gt;g__Local|0_0</c> (local function), <c>&lt;Main&gt;d__3</c> (state machine),
/// <c>&lt;total&gt;5__2</c> (hoisted local in slot 1), <c>&lt;&gt;4__this</c>, <c>&lt;&gt;c__DisplayClass0_0</c>
/// (closure) and <c>CS$&lt;&gt;8__locals1</c> (a closure's link to its parent closure).
/// </summary>
internal static class GeneratedNames
{
    private const char LambdaKind = 'b';
    private const char LocalFunctionKind = 'g';
    private const char HoistedLocalKind = '5';
    private const char HoistedDisplayClassKind = '8';
    private const string DisplayClassPrefix = "<>c__DisplayClass";
    private const string ThisProxyName = "<>4__this";
    private const string ParentClosurePrefix = "CS$<>8__locals";

    /// <summary>Compiler temporaries and generated members: names no user can write.</summary>
    public static bool IsGenerated(string name) => name.StartsWith('<') || name.StartsWith("CS$", StringComparison.Ordinal);

    public static bool IsLambda(string methodName, out string enclosingMethod) =>
        TryParse(methodName, LambdaKind, out enclosingMethod, out _);

    public static bool IsLocalFunction(string methodName, out string enclosingMethod, out string localName)
    {
        localName = string.Empty;
        if (!TryParse(methodName, LocalFunctionKind, out enclosingMethod, out var suffix))
        {
            return false;
        }

        var bar = suffix.IndexOf('|', StringComparison.Ordinal);
        localName = bar < 0 ? suffix : suffix[..bar];
        return true;
    }

    /// <summary>A state machine field that holds a hoisted user local, and the local's slot in the hoisted-scopes table.</summary>
    public static bool IsHoistedLocal(string fieldName, out string sourceName, out int slotIndex)
    {
        slotIndex = -1;
        return TryParse(fieldName, HoistedLocalKind, out sourceName, out var suffix)
            && int.TryParse(suffix, out var ordinal)
            && (slotIndex = ordinal - 1) >= 0;
    }

    /// <summary>A state machine field that holds a closure object (<c>&lt;&gt;8__1</c>).</summary>
    public static bool IsHoistedDisplayClass(string fieldName) =>
        TryParse(fieldName, HoistedDisplayClassKind, out var owner, out _) && owner.Length == 0;

    public static bool IsThisProxy(string fieldName) => fieldName == ThisProxyName;

    public static bool IsParentClosure(string fieldName) => fieldName.StartsWith(ParentClosurePrefix, StringComparison.Ordinal);

    public static bool IsDisplayClass(Type type) => type.Name.StartsWith(DisplayClassPrefix, StringComparison.Ordinal);

    /// <summary>Splits <c>&lt;owner&gt;k__suffix</c>; the owner may itself contain '&lt;' and '&gt;' (explicit interface names).</summary>
    private static bool TryParse(string name, char kind, out string owner, out string suffix)
    {
        owner = string.Empty;
        suffix = string.Empty;
        var close = name.LastIndexOf('>');
        if (!name.StartsWith('<') || close < 1 || close + 3 >= name.Length)
        {
            return false;
        }

        if (name[close + 1] != kind || name[close + 2] != '_' || name[close + 3] != '_')
        {
            return false;
        }

        owner = name[1..close];
        suffix = name[(close + 4)..];
        return true;
    }
}
