using System.Text;

namespace Distro.Debugger.Snapshots.Serialization;

/// <summary>
/// Formats a type the way snapshots name it: namespace-qualified, generic arguments in angle brackets,
/// nested types joined with <c>+</c> (<c>System.Collections.Generic.Dictionary&lt;System.String, System.Int32&gt;</c>,
/// <c>Shop.Outer+Inner</c>, <c>System.Int32[,]</c>). Pure and uncached: callers on the hot path go through the
/// type metadata cache, which keeps the formatted name.
/// </summary>
internal static class TypeNameFormatter
{
    public static string Format(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var builder = new StringBuilder(64);
        Append(builder, type);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Type type)
    {
        if (type.HasElementType)
        {
            Append(builder, type.GetElementType()!);
            AppendElementSuffix(builder, type);
            return;
        }

        if (type.IsGenericParameter || type.IsFunctionPointer)
        {
            builder.Append(type.Name);
            return;
        }

        var arguments = type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
        AppendNamed(builder, type, arguments);
    }

    private static void AppendElementSuffix(StringBuilder builder, Type type)
    {
        if (type.IsPointer)
        {
            builder.Append('*');
        }
        else if (type.IsByRef)
        {
            builder.Append('&');
        }
        else if (type.IsSZArray)
        {
            builder.Append("[]");
        }
        else
        {
            var rank = type.GetArrayRank();
            builder.Append('[').Append(rank == 1 ? "*" : new string(',', rank - 1)).Append(']');
        }
    }

    // A nested type's generic arguments include its declaring types' ones, first: List<int>.Enumerator is
    // List`1+Enumerator[Int32], written System.Collections.Generic.List<System.Int32>+Enumerator.
    private static void AppendNamed(StringBuilder builder, Type type, ReadOnlySpan<Type> arguments)
    {
        var declaring = type.DeclaringType;
        var inherited = 0;
        if (declaring is not null)
        {
            inherited = declaring.IsGenericType ? Math.Min(declaring.GetGenericArguments().Length, arguments.Length) : 0;
            AppendNamed(builder, declaring, arguments[..inherited]);
            builder.Append('+');
        }
        else if (!string.IsNullOrEmpty(type.Namespace))
        {
            builder.Append(type.Namespace).Append('.');
        }

        var name = type.Name;
        var arity = name.IndexOf('`', StringComparison.Ordinal);
        builder.Append(arity < 0 ? name : name.AsSpan(0, arity));

        var own = arguments[inherited..];
        if (own.Length == 0)
        {
            return;
        }

        builder.Append('<');
        for (var i = 0; i < own.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, own[i]);
        }

        builder.Append('>');
    }
}
