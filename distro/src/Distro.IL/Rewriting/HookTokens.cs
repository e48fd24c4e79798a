namespace Distro.IL.Rewriting;

/// <summary>
/// Tokens, valid in the module being rewritten, of the hook methods that rewritten IL calls and of the types it needs.
/// </summary>
/// <param name="MethodBegin"><c>object MethodBegin(int32 probeId)</c></param>
/// <param name="MethodEntry"><c>void MethodEntry(object frame, object instance, object[] arguments)</c></param>
/// <param name="MethodReturn"><c>void MethodReturn(object frame, object instance, object returnValue, object[] byRefArguments, object[] locals)</c></param>
/// <param name="MethodThrowFilter"><c>bool MethodThrowFilter(object exception, object frame)</c></param>
/// <param name="LineBegin"><c>bool LineBegin(int32 probeId)</c></param>
/// <param name="Line"><c>void Line(int32 probeId, object instance, object[] arguments, object[] locals)</c></param>
/// <param name="NotCapturable"><c>object NotCapturable(int32 reason)</c></param>
/// <param name="ObjectType">A TypeRef to System.Object, for <c>newarr</c>.</param>
public sealed record HookTokens(
    int MethodBegin,
    int MethodEntry,
    int MethodReturn,
    int MethodThrowFilter,
    int LineBegin,
    int Line,
    int NotCapturable,
    int ObjectType);
