using System.Reflection;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>
/// Lists the instance fields of a type as snapshots show them: the type's own fields first, then each base
/// type's. Static fields are never listed: reading one could run a type initializer. A name that a derived
/// type already uses is qualified with the declaring type (<c>Base.name</c>) so that JSON names stay unique.
/// </summary>
internal static class InstanceFields
{
    private const BindingFlags DeclaredInstanceFields =
        BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static FieldSlot[] Of(Type type, Func<Type, bool>? includeDeclaringType = null)
    {
        var slots = new List<FieldSlot>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            if (includeDeclaringType is not null && !includeDeclaringType(current))
            {
                continue;
            }

            foreach (var field in current.GetFields(DeclaredInstanceFields))
            {
                var name = FieldDisplayName.Of(field.Name, current);
                if (!usedNames.Add(name))
                {
                    name = $"{TypeNameFormatter.Format(current)}.{name}";
                    usedNames.Add(name);
                }

                slots.Add(new FieldSlot(field, name));
            }
        }

        return [.. slots];
    }
}
