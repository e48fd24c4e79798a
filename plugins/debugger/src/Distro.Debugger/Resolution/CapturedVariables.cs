using System.Reflection;

namespace Distro.Debugger.Resolution;

/// <summary>
/// Finds the user's variables that the compiler moved into fields, as seen from an IL offset of a method:
/// <list type="bullet">
/// <item>in a state machine's MoveNext, the hoisted locals in scope (by the PDB's hoisted-local scopes, or all of them
/// when it has none), the copied parameters and the captured <c>this</c>;</item>
/// <item>in a lambda or local function, the fields of its closure (<c>this</c> of a display class, or a display class
/// struct passed by reference);</item>
/// <item>in any method, the closures it keeps in locals (<c>CS$&lt;&gt;8__locals0</c>) for the lambdas it creates.</item>
/// </list>
/// Closures chained through <c>CS$&lt;&gt;8__locals</c> fields are followed.
/// </summary>
internal static class CapturedVariables
{
    private const int MaxClosureChain = 8;
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<CapturedVariable> At(MethodBase method, SymbolFile symbols, int offset)
    {
        var variables = new List<CapturedVariable>();
        if (UserMethods.StateMachineKickoff(method, symbols) is { } kickoff && method.DeclaringType is { } stateMachine)
        {
            AddStateMachineFields(stateMachine, kickoff, symbols.HoistedLocalScopes(method.MetadataToken), offset, variables);
        }
        else if (!method.IsStatic && method.DeclaringType is { } declaringType && GeneratedNames.IsDisplayClass(declaringType))
        {
            AddClosure(declaringType, VariableRoot.Argument(0), [], 0, variables);
        }

        AddClosureArguments(method, variables);
        AddClosureLocals(method, symbols, offset, variables);
        return variables.DistinctBy(variable => variable.Name).ToList();
    }

    private static void AddStateMachineFields(Type stateMachine, MethodBase kickoff, IReadOnlyList<ILRange>? hoistedScopes, int offset, List<CapturedVariable> variables)
    {
        var parameterNames = kickoff.GetParameters().Select(parameter => parameter.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var root = VariableRoot.Argument(0);
        foreach (var field in stateMachine.GetFields(InstanceFields))
        {
            if (GeneratedNames.IsThisProxy(field.Name))
            {
                AddThisOrClosure(field, root, [], 0, variables);
            }
            else if (GeneratedNames.IsHoistedDisplayClass(field.Name) && GeneratedNames.IsDisplayClass(field.FieldType))
            {
                AddClosure(field.FieldType, root, [field], 1, variables);
            }
            else if (GeneratedNames.IsHoistedLocal(field.Name, out var sourceName, out var slot))
            {
                var inScope = hoistedScopes is null || (slot < hoistedScopes.Count && hoistedScopes[slot].Contains(offset));
                if (inScope)
                {
                    variables.Add(new CapturedVariable(sourceName, CapturedVariableKind.HoistedLocal, root, [field]));
                }
            }
            else if (parameterNames.Contains(field.Name))
            {
                variables.Add(new CapturedVariable(field.Name, CapturedVariableKind.Parameter, root, [field]));
            }
        }
    }

    private static void AddClosureArguments(MethodBase method, List<CapturedVariable> variables)
    {
        var parameters = method.GetParameters();
        var first = method.IsStatic ? 0 : 1;
        for (var index = 0; index < parameters.Length; index++)
        {
            var type = parameters[index].ParameterType;
            if (type.IsByRef && type.GetElementType() is { } closure && GeneratedNames.IsDisplayClass(closure))
            {
                AddClosure(closure, VariableRoot.Argument(first + index), [], 0, variables);
            }
        }
    }

    private static void AddClosureLocals(MethodBase method, SymbolFile symbols, int offset, List<CapturedVariable> variables)
    {
        var closureLocals = symbols.LocalsInScope(method.MetadataToken, offset, includeGenerated: true)
            .Where(local => GeneratedNames.IsParentClosure(local.Name))
            .ToList();
        if (closureLocals.Count == 0 || method.GetMethodBody()?.LocalVariables is not { } slots)
        {
            return;
        }

        foreach (var local in closureLocals)
        {
            if (local.SlotIndex < slots.Count && slots[local.SlotIndex].LocalType is { } type && GeneratedNames.IsDisplayClass(type))
            {
                AddClosure(type, VariableRoot.Local(local.SlotIndex), [], 0, variables);
            }
        }
    }

    private static void AddClosure(Type closure, VariableRoot root, IReadOnlyList<FieldInfo> path, int depth, List<CapturedVariable> variables)
    {
        foreach (var field in closure.GetFields(InstanceFields))
        {
            if (GeneratedNames.IsThisProxy(field.Name))
            {
                AddThisOrClosure(field, root, path, depth, variables);
            }
            else if (GeneratedNames.IsParentClosure(field.Name))
            {
                if (depth < MaxClosureChain)
                {
                    AddClosure(field.FieldType, root, [.. path, field], depth + 1, variables);
                }
            }
            else if (!GeneratedNames.IsGenerated(field.Name))
            {
                variables.Add(new CapturedVariable(field.Name, CapturedVariableKind.ClosureVariable, root, [.. path, field]));
            }
        }
    }

    private static void AddThisOrClosure(FieldInfo field, VariableRoot root, IReadOnlyList<FieldInfo> path, int depth, List<CapturedVariable> variables)
    {
        if (GeneratedNames.IsDisplayClass(field.FieldType))
        {
            // An async lambda's state machine points at the lambda's closure, not at a user object.
            if (depth < MaxClosureChain)
            {
                AddClosure(field.FieldType, root, [.. path, field], depth + 1, variables);
            }

            return;
        }

        variables.Add(new CapturedVariable("this", CapturedVariableKind.This, root, [.. path, field]));
    }
}
