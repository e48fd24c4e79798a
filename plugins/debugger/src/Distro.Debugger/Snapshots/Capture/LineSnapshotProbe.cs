using Distro.Debugger.Configuration;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots.Serialization;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>
/// One armed configuration at one source line: each admitted hit, before the line runs, becomes a snapshot with the
/// arguments and the locals in scope under their source names, those the compiler moved into fields (an async
/// method's or an iterator's hoisted locals, a lambda's captured variables) included.
/// </summary>
internal sealed class LineSnapshotProbe(ArmedProbe probe, ProbeTarget target, LineBinding binding, SnapshotServices services) : ILineCapture
{
    public ArmedProbe Probe { get; } = probe;

    public LineBinding Binding { get; } = binding;

    /// <summary>The local slots this probe reads: the locals in scope, and the locals that hold closures.</summary>
    public IReadOnlyList<int> LocalSlots { get; } =
        [.. binding.Locals.Select(local => local.SlotIndex)
            .Concat(binding.CapturedVariables.Where(variable => variable.Root.IsLocal).Select(variable => variable.Root.Index))
            .Distinct()
            .Order()];

    public bool TryAdmit()
    {
        if (!Probe.TryAdmit(services.GlobalLimiter, out var exhaustedNow))
        {
            return false;
        }

        if (exhaustedNow)
        {
            services.Activity.Exhausted(Probe);
        }

        return true;
    }

    public void Capture(object? instance, object?[]? arguments, LocalValues locals)
    {
        var context = CallContext.Current();
        var capture = Probe.Configuration.Capture;
        var budget = CaptureBudget.Start(Probe.Serializer.Limits.SnapshotTimeBudget);
        using var json = new SnapshotJson(4096);
        var writer = json.Writer;
        writer.WriteStartObject();
        if (capture.CaptureStackTrace)
        {
            writer.WritePropertyName("stack");
            StackFrameWriter.WriteCallStack(writer, capture.Limits.MaxStackFrames);
        }

        writer.WriteStartObject("captures");
        writer.WriteStartObject("lines");
        writer.WriteStartObject(Binding.BoundLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (capture.Arguments.Mode != CaptureSelectionMode.None)
        {
            writer.WritePropertyName("arguments");
            Probe.Serializer.WriteNamedValues(writer, [.. Arguments(instance, arguments, locals, capture.Arguments)], budget);
        }

        if (capture.Locals.Mode != CaptureSelectionMode.None)
        {
            writer.WritePropertyName("locals");
            Probe.Serializer.WriteNamedValues(writer, [.. Locals(instance, arguments, locals, capture.Locals)], budget);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        SnapshotEmitter.Emit(services, Probe, target, context, SnapshotAttributes.LineLevel, durationTicks: 0, thrown: null, json.ToArray());
    }

    /// <summary>
    /// The arguments as the user wrote them: <c>this</c> and the method's own parameters and, in code the compiler
    /// generated (a state machine's MoveNext, a lambda), the parameters and <c>this</c> it copied into fields.
    /// </summary>
    private IEnumerable<NamedValue> Arguments(object? instance, object?[]? arguments, LocalValues locals, CaptureSelection selection)
    {
        if (target.Method == target.UserMethod && target.IsInstance && selection.Includes("this"))
        {
            yield return new NamedValue("this", instance, target.Method.DeclaringType);
        }

        foreach (var variable in Binding.CapturedVariables.Where(variable => variable.Kind is CapturedVariableKind.Parameter or CapturedVariableKind.This))
        {
            var name = variable.Kind == CapturedVariableKind.This ? "this" : variable.Name;
            if (selection.Includes(name))
            {
                yield return Read(variable, name, instance, arguments, locals);
            }
        }

        var parameters = target.Parameters;
        for (var i = 0; i < parameters.Length && arguments is not null && i < arguments.Length; i++)
        {
            var name = parameters[i].Name ?? $"arg{i}";
            if (!IsCompilerGenerated(name) && selection.Includes(name))
            {
                var type = parameters[i].ParameterType;
                yield return new NamedValue(name, arguments[i], type.IsByRef ? type.GetElementType() : type);
            }
        }
    }

    private IEnumerable<NamedValue> Locals(object? instance, object?[]? arguments, LocalValues locals, CaptureSelection selection)
    {
        foreach (var local in Binding.Locals)
        {
            if (selection.Includes(local.Name) && locals.TryGet(local.SlotIndex, out var value))
            {
                yield return new NamedValue(local.Name, value, target.LocalType(local.SlotIndex));
            }
        }

        foreach (var variable in Binding.CapturedVariables)
        {
            if (variable.Kind is CapturedVariableKind.HoistedLocal or CapturedVariableKind.ClosureVariable && selection.Includes(variable.Name))
            {
                yield return Read(variable, variable.Name, instance, arguments, locals);
            }
        }
    }

    /// <summary>Follows a captured variable from its root (this, an argument or a local) through its fields.</summary>
    private NamedValue Read(CapturedVariable variable, string name, object? instance, object?[]? arguments, LocalValues locals)
    {
        object? value = null;
        var found = variable.Root.IsLocal
            ? locals.TryGet(variable.Root.Index, out value)
            : TryGetArgument(variable.Root.Index, instance, arguments, out value);
        foreach (var field in variable.FieldPath)
        {
            if (!found || value is null)
            {
                break;
            }

            value = field.GetValue(value);
        }

        return new NamedValue(name, found ? value : null, variable.FieldPath.Count > 0 ? variable.FieldPath[^1].FieldType : null);
    }

    private bool TryGetArgument(int index, object? instance, object?[]? arguments, out object? value)
    {
        if (target.IsInstance && index == 0)
        {
            value = instance;
            return true;
        }

        var parameter = target.IsInstance ? index - 1 : index;
        value = arguments is not null && parameter >= 0 && parameter < arguments.Length ? arguments[parameter] : null;
        return arguments is not null && parameter >= 0 && parameter < arguments.Length;
    }

    private static bool IsCompilerGenerated(string name) => name.StartsWith('<') || name.StartsWith("CS$", StringComparison.Ordinal);
}
