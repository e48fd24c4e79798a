using System.Reflection;

namespace Distro.Debugger.Resolution;

/// <summary>What a captured variable was in the source.</summary>
internal enum CapturedVariableKind
{
    /// <summary>A local of an async method or iterator, hoisted into its state machine.</summary>
    HoistedLocal,

    /// <summary>A parameter of an async method or iterator, copied into its state machine.</summary>
    Parameter,

    /// <summary>The <c>this</c> of the method that the state machine or closure was made for.</summary>
    This,

    /// <summary>A local or parameter that a lambda or local function captured in a closure (display class).</summary>
    ClosureVariable,
}

/// <summary>Where a captured variable's value starts: an argument (0 is <c>this</c> of an instance method) or a local slot.</summary>
internal readonly record struct VariableRoot(bool IsLocal, int Index)
{
    public static VariableRoot Argument(int index) => new(false, index);

    public static VariableRoot Local(int slot) => new(true, slot);
}

/// <summary>
/// A variable that the compiler moved into a field: read <see cref="Root"/>, then each field of <see cref="FieldPath"/>
/// in turn (more than one field when closures are chained through <c>CS$&lt;&gt;8__locals</c> fields).
/// </summary>
internal sealed record CapturedVariable(string Name, CapturedVariableKind Kind, VariableRoot Root, IReadOnlyList<FieldInfo> FieldPath);
