using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>
/// Reads one instance field as its own type: compiled once into a delegate that neither boxes nor goes through
/// reflection, or through <see cref="FieldInfo.GetValue"/> where compiling is not worth it or not possible.
/// </summary>
internal static class FieldReader
{
    /// <param name="field">An instance field whose type is exactly <typeparamref name="T"/>.</param>
    /// <param name="compile">
    /// False for metadata that is not kept (a collectible type, a full cache): the compiled method would be built for
    /// each use, and would keep a collectible type's load context alive.
    /// </param>
    public static Func<object, T> For<T>(FieldInfo field, bool compile)
    {
        var declaringType = field.DeclaringType;
        if (compile && RuntimeFeature.IsDynamicCodeCompiled && declaringType is { IsCollectible: false }
            && !field.IsStatic && field.FieldType == typeof(T) && TryCompile<T>(field, declaringType) is { } compiled)
        {
            return compiled;
        }

        return instance => (T)field.GetValue(instance)!;
    }

    private static Func<object, T>? TryCompile<T>(FieldInfo field, Type declaringType)
    {
        try
        {
            var method = new DynamicMethod(
                "Read" + field.Name, typeof(T), [typeof(object)], typeof(FieldReader).Module, skipVisibility: true);
            var il = method.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(declaringType.IsValueType ? OpCodes.Unbox : OpCodes.Castclass, declaringType);
            il.Emit(OpCodes.Ldfld, field);
            il.Emit(OpCodes.Ret);
            return method.CreateDelegate<Func<object, T>>();
        }
        catch (Exception)
        {
            // Whatever stops compiling (a runtime that restricts dynamic methods, a field it cannot reach), reflection still reads it.
            return null;
        }
    }
}
