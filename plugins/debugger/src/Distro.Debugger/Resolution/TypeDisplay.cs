using System.Text;

namespace Distro.Debugger.Resolution;

/// <summary>Readable type names: nesting joined with dots, generic types as <c>Box&lt;T&gt;</c>, no namespace.</summary>
internal static class TypeDisplay
{
    public static string Of(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var chain = new List<Type>();
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            chain.Add(current);
        }

        chain.Reverse();
        var arguments = type.GetGenericArguments();
        var used = 0;
        var text = new StringBuilder();
        foreach (var level in chain)
        {
            var (name, arity) = NameSegment.Split(level.Name);
            if (text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(name);
            if (arity > 0 && used + arity <= arguments.Length)
            {
                text.Append('<').AppendJoin(", ", arguments.Skip(used).Take(arity).Select(Of)).Append('>');
                used += arity;
            }
        }

        return text.ToString();
    }
}
