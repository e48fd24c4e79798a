using System.ComponentModel;
using Distro.Hooks.Diagnostics;

namespace Distro.Hooks;

/// <summary>
/// The static methods that rewritten IL calls. Their names and signatures are a contract with the profiler's
/// rewriter. None of them lets an exception out: the instrumented method must behave as if it were not there.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ProbeHooks
{
    /// <summary>The gate, first in every instrumented method: null (the common, cheap case) means "run unobserved".</summary>
    public static object? MethodBegin(int probeId)
    {
        var probe = ProbeRegistry.Find<MethodProbe>(probeId);
        if (probe is null || ReentrancyGuard.IsActive)
        {
            return null;
        }

        try
        {
            return probe.TryBeginFrame();
        }
        catch (Exception e)
        {
            HooksEventSource.Log.HookFailed(nameof(MethodBegin), probeId, e.ToString());
            return null;
        }
    }

    public static void MethodEntry(object? frame, object? instance, object?[]? arguments)
    {
        if (frame is not ProbeFrame probeFrame)
        {
            return;
        }

        using var scope = ReentrancyGuard.Enter();
        try
        {
            probeFrame.OnEntry(instance, arguments);
        }
        catch (Exception e)
        {
            HooksEventSource.Log.HookFailed(nameof(MethodEntry), 0, e.ToString());
        }
    }

    public static void MethodReturn(object? frame, object? instance, object? returnValue, object?[]? byRefArguments, object?[]? locals)
    {
        if (frame is not ProbeFrame probeFrame)
        {
            return;
        }

        using var scope = ReentrancyGuard.Enter();
        try
        {
            probeFrame.OnReturn(instance, returnValue, byRefArguments, locals);
        }
        catch (Exception e)
        {
            HooksEventSource.Log.HookFailed(nameof(MethodReturn), 0, e.ToString());
        }
    }

    /// <summary>
    /// The exception filter around an instrumented method's body. It sees exactly the exceptions that escape the
    /// method, during the first pass, and always answers false: nothing is caught, the stack trace stays intact.
    /// </summary>
    public static bool MethodThrowFilter(object? exception, object? frame)
    {
        if (frame is not ProbeFrame probeFrame || exception is not Exception thrown)
        {
            return false;
        }

        using var scope = ReentrancyGuard.Enter();
        try
        {
            probeFrame.OnThrow(thrown);
        }
        catch (Exception e)
        {
            HooksEventSource.Log.HookFailed(nameof(MethodThrowFilter), 0, e.ToString());
        }

        return false;
    }

    /// <summary>The gate before an instrumented line: false (the common, cheap case) means "run the line unobserved".</summary>
    public static bool LineBegin(int probeId)
    {
        var probe = ProbeRegistry.Find<LineProbe>(probeId);
        if (probe is null || ReentrancyGuard.IsActive)
        {
            return false;
        }

        try
        {
            return probe.TryBegin();
        }
        catch (Exception e)
        {
            HooksEventSource.Log.HookFailed(nameof(LineBegin), probeId, e.ToString());
            return false;
        }
    }

    public static void Line(int probeId, object? instance, object?[]? arguments, object?[]? locals)
    {
        if (ProbeRegistry.Find<LineProbe>(probeId) is not { } probe)
        {
            return;
        }

        using var scope = ReentrancyGuard.Enter();
        try
        {
            probe.OnLine(instance, arguments, locals);
        }
        catch (Exception e)
        {
            HooksEventSource.Log.HookFailed(nameof(Line), probeId, e.ToString());
        }
    }

    /// <summary>The marker the rewritten IL passes in place of a value it cannot box.</summary>
    public static object NotCapturable(int reason) => UncapturedValue.For((UncapturedReason)reason);
}
