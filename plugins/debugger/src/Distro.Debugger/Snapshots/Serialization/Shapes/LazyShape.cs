using System.Reflection;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>A Lazy&lt;T&gt;: <c>IsValueCreated</c>, and <c>Value</c> only once created (reading it never runs the factory).</summary>
internal sealed class LazyShape : MemberShape
{
    private static readonly MemberName s_isValueCreated = new("IsValueCreated");
    private static readonly MemberName s_value = new("Value");

    private readonly PropertyInfo _isValueCreated;
    private readonly PropertyInfo _value;

    private LazyShape(Type lazyType)
    {
        _isValueCreated = lazyType.GetProperty(nameof(Lazy<int>.IsValueCreated))!;
        _value = lazyType.GetProperty(nameof(Lazy<int>.Value))!;
    }

    /// <summary>The shape for a type that is or derives from Lazy&lt;T&gt;, or null.</summary>
    public static LazyShape? Create(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Lazy<>))
            {
                return new LazyShape(current);
            }
        }

        return null;
    }

    public override int Read(object instance, Span<MemberValue> destination)
    {
        var buffer = new MemberBuffer(destination);
        var created = _isValueCreated.GetValue(instance) is true;
        buffer.Add(s_isValueCreated, created, typeof(bool));
        if (created)
        {
            buffer.Add(s_value, _value.GetValue(instance), _value.PropertyType);
        }

        return buffer.Count;
    }
}
