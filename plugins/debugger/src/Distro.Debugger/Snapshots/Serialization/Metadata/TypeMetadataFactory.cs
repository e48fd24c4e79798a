using System.Collections;
using System.Reflection;
using Distro.Debugger.Diagnostics;
using Distro.Debugger.Snapshots.Serialization.Readers;
using Distro.Debugger.Snapshots.Serialization.Shapes;
using Distro.Hooks;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>Decides how values of a type are written. Uses reflection on the type only: no value, no static member.</summary>
internal static class TypeMetadataFactory
{
    public static TypeMetadata Create(Type type)
    {
        try
        {
            return Classify(type);
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.TypeInspectionFailed(type, e);
            return new TypeMetadata(type, NameOrFallback(type), ValueKind.Unreadable) { FailureType = e.GetType().FullName };
        }
    }

    private static TypeMetadata Classify(Type type)
    {
        var name = TypeNameFormatter.Format(type);
        if (ScalarTypes.TryGet(type, out var scalar, out var format))
        {
            return new TypeMetadata(type, name, ValueKind.Scalar)
            {
                Scalar = scalar,
                ScalarFormat = format,
                WholeValuePrefix = ScalarWriter.WholeValuePrefix(type, name, scalar),
            };
        }

        // A declared type such as a method's T names a null value; nothing is ever read through it.
        if (type.ContainsGenericParameters || type.IsInterface || type == typeof(UncapturedValue))
        {
            return new TypeMetadata(type, name, ValueKind.Opaque);
        }

        if (type.IsPointer || type.IsFunctionPointer || type == typeof(Pointer))
        {
            return new TypeMetadata(type, name, ValueKind.Pointer);
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return new TypeMetadata(type, name, ValueKind.Delegate);
        }

        if (IsFrameworkReflectionObject(type))
        {
            return new TypeMetadata(type, name, ValueKind.ReflectionName);
        }

        return ClassifySpecialShape(type, name)
            ?? (OpaqueTypes.Contains(type) ? new TypeMetadata(type, name, ValueKind.Opaque) : null)
            ?? ClassifyCollection(type, name)
            ?? new TypeMetadata(type, name, ValueKind.Members) { Members = new FieldsShape(InstanceFields.Of(type)) };
    }

    private static TypeMetadata? ClassifySpecialShape(Type type, string name)
    {
        MemberShape? shape;
        if (typeof(Exception).IsAssignableFrom(type))
        {
            shape = new ExceptionShape(type);
        }
        else if (typeof(Task).IsAssignableFrom(type))
        {
            return new TypeMetadata(type, TypeNameFormatter.Format(TaskShape.PublicTaskType(type)), ValueKind.Members)
            {
                Members = new TaskShape(type),
            };
        }
        else if (ValueTaskShape.IsValueTask(type))
        {
            shape = ValueTaskShape.Create(type);
        }
        else if (type == typeof(CancellationToken))
        {
            shape = new CancellationTokenShape();
        }
        else if (typeof(CancellationTokenSource).IsAssignableFrom(type))
        {
            shape = new CancellationTokenSourceShape();
        }
        else if (type == typeof(Thread))
        {
            shape = new ThreadShape();
        }
        else
        {
            shape = LazyShape.Create(type);
        }

        return shape is null ? null : new TypeMetadata(type, name, ValueKind.Members) { Members = shape };
    }

    private static TypeMetadata? ClassifyCollection(Type type, string name)
    {
        if (CollectionAllowList.Resolve(type) is { } access)
        {
            var kind = access.Elements is not null ? ValueKind.Elements : access.Entries is not null ? ValueKind.Entries : ValueKind.Wrapper;
            return new TypeMetadata(type, name, kind) { Elements = access.Elements, Entries = access.Entries, Wrapper = access.Wrapper };
        }

        return IsUnsafeToEnumerate(type) ? new TypeMetadata(type, name, ValueKind.NotEnumerable) : null;
    }

    /// <summary>
    /// Enumerables outside the allow-list whose fields would mislead or expose too much: queries, compiler-generated
    /// iterators and framework classes (LINQ operators, EF sets). A user's own enumerable, or a framework struct such
    /// as StringValues, is shown by its fields, which reading never runs code for.
    /// </summary>
    private static bool IsUnsafeToEnumerate(Type type) =>
        typeof(IEnumerable).IsAssignableFrom(type)
        && (typeof(IQueryable).IsAssignableFrom(type)
            || type.Name.StartsWith('<')
            || (!type.IsValueType && FrameworkAssemblies.Declares(type)));

    /// <summary>
    /// The runtime's own reflection objects, whose names are stored data. A TypeDelegator, or any reflection type
    /// from elsewhere, may forward Name to user code: it is read by its fields instead.
    /// </summary>
    private static bool IsFrameworkReflectionObject(Type type) =>
        (typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type) || typeof(Module).IsAssignableFrom(type))
        && type.Assembly == typeof(object).Assembly
        && !typeof(TypeDelegator).IsAssignableFrom(type);

    private static string NameOrFallback(Type type)
    {
        try
        {
            return TypeNameFormatter.Format(type);
        }
        catch (Exception)
        {
            return type.FullName ?? type.Name;
        }
    }
}
