using System.Diagnostics.Tracing;

namespace Distro.Debugger.Diagnostics;

// Events of the snapshot value serializer: ids 200-299.
internal sealed partial class DebuggerEventSource
{
    [NonEvent]
    public void ValueReadFailed(Type valueType, Exception exception)
    {
        if (IsEnabled(EventLevel.Informational, EventKeywords.All))
        {
            ValueReadFailed(valueType.FullName ?? valueType.Name, exception.GetType().FullName ?? exception.GetType().Name);
        }
    }

    /// <summary>A value could not be read (typically a collection changed by another thread); it was written as an error.</summary>
    [Event(200, Level = EventLevel.Informational, Message = "Reading a value of type {0} failed with {1}; it is captured as an error.")]
    public void ValueReadFailed(string valueType, string exceptionType) => WriteEvent(200, valueType, exceptionType);

    [NonEvent]
    public void TypeInspectionFailed(Type type, Exception exception)
    {
        if (IsEnabled(EventLevel.Warning, EventKeywords.All))
        {
            TypeInspectionFailed(type.FullName ?? type.Name, exception.GetType().FullName ?? exception.GetType().Name);
        }
    }

    /// <summary>Reflection over a type failed (for example a field type that cannot be loaded); its values are written as errors.</summary>
    [Event(201, Level = EventLevel.Warning, Message = "Inspecting type {0} failed with {1}; its values are captured as errors.")]
    public void TypeInspectionFailed(string typeName, string exceptionType) => WriteEvent(201, typeName, exceptionType);

    [NonEvent]
    public void CaptureBudgetExhausted(TimeSpan budget)
    {
        if (IsEnabled(EventLevel.Informational, EventKeywords.All))
        {
            CaptureBudgetExhausted((long)budget.TotalMilliseconds);
        }
    }

    /// <summary>A snapshot used up its capture time; the values left are captured as timeouts.</summary>
    [Event(202, Level = EventLevel.Informational, Message = "A snapshot exhausted its capture budget of {0} ms; remaining values are captured as timeouts.")]
    public void CaptureBudgetExhausted(long budgetMilliseconds) => WriteEvent(202, budgetMilliseconds);
}
