using System.Reflection;

namespace Distro.Debugger.Snapshots;

/// <summary>
/// The probed code as a snapshot names it: the method the user wrote (the kickoff method of an async method, the
/// method declaring a lambda), where it is in the source, and its parameters.
/// </summary>
internal sealed class ProbeTarget
{
    private Type[]? _localTypes;

    public ProbeTarget(MethodBase method, MethodBase userMethod, string? filePath, int lineNumber, IReadOnlyList<(int Slot, string Name)>? returnLocals = null)
    {
        ReturnLocals = returnLocals ?? [];
        Method = method;
        UserMethod = userMethod;
        FilePath = filePath;
        LineNumber = lineNumber;
        var declaringType = userMethod.DeclaringType;
        CodeUnit = declaringType?.Namespace ?? string.Empty;
        ClassName = declaringType is null ? string.Empty : TypeDisplayName(declaringType);
        MethodName = userMethod.Name;
        FunctionName = string.IsNullOrEmpty(CodeUnit) ? $"{ClassName}.{MethodName}" : $"{CodeUnit}.{ClassName}.{MethodName}";
        Parameters = method.GetParameters();
        IsInstance = !method.IsStatic;
    }

    /// <summary>The method whose IL is rewritten.</summary>
    public MethodBase Method { get; }

    public MethodBase UserMethod { get; }

    public string CodeUnit { get; }

    /// <summary>The declaring type without namespace; nested types joined with '+'.</summary>
    public string ClassName { get; }

    public string MethodName { get; }

    /// <summary>Namespace, type and method: OpenTelemetry's code.function.name.</summary>
    public string FunctionName { get; }

    public string? FilePath { get; }

    /// <summary>The method's first line, or the line a line probe bound to; 0 when unknown.</summary>
    public int LineNumber { get; }

    public ParameterInfo[] Parameters { get; }

    /// <summary>The named locals a method probe captures at return (slot and source name).</summary>
    public IReadOnlyList<(int Slot, string Name)> ReturnLocals { get; }

    public bool IsInstance { get; }

    /// <summary>The declared type of a local slot of <see cref="Method"/>, or null when the body cannot be read.</summary>
    public Type? LocalType(int slot)
    {
        var locals = _localTypes ??= Method.GetMethodBody()?.LocalVariables.Select(local => local.LocalType).ToArray() ?? [];
        var type = slot < locals.Length ? locals[slot] : null;
        return type is { IsByRef: true } ? type.GetElementType() : type;
    }

    private static string TypeDisplayName(Type type) =>
        type.DeclaringType is { } outer ? $"{TypeDisplayName(outer)}+{type.Name}" : type.Name;
}
