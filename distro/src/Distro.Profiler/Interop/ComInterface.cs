namespace Distro.Profiler.Interop;

/// <summary>Raw access to a COM object's vtable: the only place that dereferences interface pointers.</summary>
internal static unsafe class ComInterface
{
    public static void* Slot(void* instance, int slot) => (*(void***)instance)[slot];

    public static HResult QueryInterface(void* instance, in Guid iid, out void* result)
    {
        void* found = null;
        Guid id = iid;
        var hr = ((delegate* unmanaged<void*, Guid*, void**, int>)Slot(instance, VtableSlots.QueryInterface))(instance, &id, &found);
        result = found;
        return new HResult(hr);
    }

    public static void Release(void* instance)
    {
        if (instance != null)
        {
            ((delegate* unmanaged<void*, uint>)Slot(instance, VtableSlots.Release))(instance);
        }
    }
}
