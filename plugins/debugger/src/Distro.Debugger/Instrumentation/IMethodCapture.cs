using Distro.Hooks;

namespace Distro.Debugger.Instrumentation;

/// <summary>One probe's part in a method probe: its gate, and a frame for each call it captures.</summary>
internal interface IMethodCapture
{
    /// <summary>
    /// Called on every call of the method: null (the common, cheap case) lets the call run unobserved.
    /// <paramref name="returnLocals"/> are the local slots the rewritten method passes at return, in order.
    /// </summary>
    ProbeFrame? TryBeginFrame(IReadOnlyList<int> returnLocals);
}

/// <summary>One probe's part in a line probe: its gate, and what it does with the values at the line.</summary>
internal interface ILineCapture
{
    /// <summary>Called every time execution reaches the line: false (the common, cheap case) lets it run unobserved.</summary>
    bool TryAdmit();

    void Capture(object? instance, object?[]? arguments, LocalValues locals);
}

/// <summary>The locals the rewritten method passed, by slot.</summary>
internal readonly struct LocalValues(IReadOnlyList<int> slots, object?[]? values)
{
    public bool TryGet(int slot, out object? value)
    {
        for (var i = 0; i < slots.Count && values is not null && i < values.Length; i++)
        {
            if (slots[i] == slot)
            {
                value = values[i];
                return true;
            }
        }

        value = null;
        return false;
    }
}
