namespace Distro.Debugger.Resolution;

/// <summary>The C# keywords that name types, and the System types they stand for.</summary>
internal static class CSharpKeywords
{
    private static readonly Dictionary<string, string> s_typeNames = new(StringComparer.Ordinal)
    {
        ["bool"] = "Boolean",
        ["byte"] = "Byte",
        ["sbyte"] = "SByte",
        ["char"] = "Char",
        ["decimal"] = "Decimal",
        ["double"] = "Double",
        ["float"] = "Single",
        ["int"] = "Int32",
        ["uint"] = "UInt32",
        ["nint"] = "IntPtr",
        ["nuint"] = "UIntPtr",
        ["long"] = "Int64",
        ["ulong"] = "UInt64",
        ["short"] = "Int16",
        ["ushort"] = "UInt16",
        ["object"] = "Object",
        ["dynamic"] = "Object",
        ["string"] = "String",
        ["void"] = "Void",
    };

    /// <summary>The name in namespace System that a keyword such as <c>int</c> stands for.</summary>
    public static bool TryGetSystemTypeName(string keyword, out string typeName) =>
        s_typeNames.TryGetValue(keyword, out typeName!);
}
