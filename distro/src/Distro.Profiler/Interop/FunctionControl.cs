namespace Distro.Profiler.Interop;

/// <summary>A typed view of ICorProfilerFunctionControl, valid only during GetReJITParameters.</summary>
internal readonly unsafe struct FunctionControl(void* instance)
{
    /// <summary>Installs the new body; the runtime copies it.</summary>
    public HResult SetILFunctionBody(ReadOnlySpan<byte> body)
    {
        fixed (byte* bytes = body)
        {
            return new HResult(((delegate* unmanaged<void*, uint, byte*, int>)
                ComInterface.Slot(instance, VtableSlots.FunctionControl.SetILFunctionBody))(instance, (uint)body.Length, bytes));
        }
    }

    /// <summary>Maps original IL offsets to rewritten ones, so stack traces and debuggers keep the original lines; the runtime copies it.</summary>
    public HResult SetILInstrumentedCodeMap(ReadOnlySpan<ILMapEntry> entries)
    {
        fixed (ILMapEntry* map = entries)
        {
            return new HResult(((delegate* unmanaged<void*, uint, ILMapEntry*, int>)
                ComInterface.Slot(instance, VtableSlots.FunctionControl.SetILInstrumentedCodeMap))(instance, (uint)entries.Length, map));
        }
    }
}
