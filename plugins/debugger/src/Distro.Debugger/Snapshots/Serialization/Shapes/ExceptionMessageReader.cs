using System.Reflection;
using Distro.Debugger.Snapshots.Serialization.Metadata;

namespace Distro.Debugger.Snapshots.Serialization.Shapes;

/// <summary>
/// Reads an exception's message without running user code: through the Message getter when the override that
/// a call would reach is declared by the framework, otherwise from the <c>_message</c> field that the
/// constructors set. ArgumentOutOfRangeException's getter formats its actual value, so it is only called when
/// that value is a scalar.
/// </summary>
internal sealed class ExceptionMessageReader
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly MethodInfo s_baseGetter = typeof(Exception).GetProperty(nameof(Exception.Message))!.GetMethod!;
    private static readonly FieldInfo? s_messageField = typeof(Exception).GetField("_message", InstanceMembers);
    private static readonly FieldInfo? s_actualValueField = typeof(ArgumentOutOfRangeException).GetField("_actualValue", InstanceMembers);

    private readonly bool _getterIsFramework;

    public ExceptionMessageReader(Type exceptionType)
    {
        _getterIsFramework = EffectiveGetter(exceptionType).DeclaringType is { } declaring && FrameworkAssemblies.Declares(declaring);
    }

    public string? Read(Exception exception) =>
        _getterIsFramework && !FormatsUserValue(exception) ? exception.Message : s_messageField?.GetValue(exception) as string;

    private static bool FormatsUserValue(Exception exception) =>
        exception is ArgumentOutOfRangeException
        && (s_actualValueField is null
            || (s_actualValueField.GetValue(exception) is { } actual && !ScalarTypes.TryGet(actual.GetType(), out _, out _)));

    // The most derived override of Exception.Message: a "new" Message property does not count.
    private static MethodInfo EffectiveGetter(Type exceptionType)
    {
        for (var current = exceptionType; current is not null && current != typeof(Exception); current = current.BaseType)
        {
            var getter = current.GetMethod("get_Message", InstanceMembers | BindingFlags.DeclaredOnly, Type.EmptyTypes);
            if (getter is not null && getter.GetBaseDefinition() == s_baseGetter)
            {
                return getter;
            }
        }

        return s_baseGetter;
    }
}
