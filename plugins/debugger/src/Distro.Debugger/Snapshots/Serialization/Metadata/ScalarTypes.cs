using System.Numerics;
using System.Text;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>The types written as a single <c>value</c> text, with the format that keeps them round-trippable.</summary>
internal static class ScalarTypes
{
    private static readonly Dictionary<Type, (ScalarKind Kind, string? Format)> s_types = new()
    {
        [typeof(string)] = (ScalarKind.String, null),
        [typeof(bool)] = (ScalarKind.Boolean, null),
        [typeof(char)] = (ScalarKind.Char, null),
        [typeof(sbyte)] = (ScalarKind.Formattable, null),
        [typeof(byte)] = (ScalarKind.Formattable, null),
        [typeof(short)] = (ScalarKind.Formattable, null),
        [typeof(ushort)] = (ScalarKind.Formattable, null),
        [typeof(int)] = (ScalarKind.Formattable, null),
        [typeof(uint)] = (ScalarKind.Formattable, null),
        [typeof(long)] = (ScalarKind.Formattable, null),
        [typeof(ulong)] = (ScalarKind.Formattable, null),
        [typeof(Int128)] = (ScalarKind.Formattable, null),
        [typeof(UInt128)] = (ScalarKind.Formattable, null),
        [typeof(nint)] = (ScalarKind.Formattable, null),
        [typeof(nuint)] = (ScalarKind.Formattable, null),

        // The default format of floating point types is the shortest text that round-trips.
        [typeof(Half)] = (ScalarKind.Formattable, null),
        [typeof(float)] = (ScalarKind.Formattable, null),
        [typeof(double)] = (ScalarKind.Formattable, null),
        [typeof(decimal)] = (ScalarKind.Formattable, null),
        [typeof(DateTime)] = (ScalarKind.Formattable, "O"),
        [typeof(DateTimeOffset)] = (ScalarKind.Formattable, "O"),
        [typeof(DateOnly)] = (ScalarKind.Formattable, "O"),
        [typeof(TimeOnly)] = (ScalarKind.Formattable, "O"),
        [typeof(TimeSpan)] = (ScalarKind.Formattable, "c"),
        [typeof(Guid)] = (ScalarKind.Formattable, "D"),
        [typeof(Version)] = (ScalarKind.Formattable, null),
        [typeof(BigInteger)] = (ScalarKind.BigInteger, null),
        [typeof(StringBuilder)] = (ScalarKind.StringBuilder, null),
    };

    public static bool TryGet(Type type, out ScalarKind kind, out string? format)
    {
        if (s_types.TryGetValue(type, out var entry))
        {
            (kind, format) = entry;
            return true;
        }

        // Enums format as their name, their flags ("Read, Write") or their number; they cannot override that.
        if (type.IsEnum)
        {
            (kind, format) = (ScalarKind.Formattable, null);
            return true;
        }

        // OriginalString is not virtual, so a Uri subclass cannot run code when it is read.
        if (typeof(Uri).IsAssignableFrom(type))
        {
            (kind, format) = (ScalarKind.Uri, null);
            return true;
        }

        (kind, format) = (ScalarKind.None, null);
        return false;
    }
}
