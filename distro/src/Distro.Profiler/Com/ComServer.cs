using System.Runtime.InteropServices;
using Distro.Profiler.Diagnostics;
using Distro.Profiler.Interop;

namespace Distro.Profiler.Com;

/// <summary>
/// The COM objects the runtime talks to: a class factory (from DllGetClassObject) and one profiler callback
/// object implementing ICorProfilerCallback through ICorProfilerCallback4. Both are process-lifetime singletons
/// built from hand-made vtables, so reference counting is a no-op.
/// </summary>
internal static unsafe class ComServer
{
    private static readonly Lock s_gate = new();
    private static void* s_classFactory;
    private static void* s_callback;

    /// <summary>The runtime's entry point into the library.</summary>
    [UnmanagedCallersOnly(EntryPoint = "DllGetClassObject")]
    private static int DllGetClassObject(Guid* classId, Guid* interfaceId, void** result)
    {
        try
        {
            if (result == null)
            {
                return HResult.Pointer.Value;
            }

            *result = null;
            EnsureCreated();
            if (*interfaceId != InterfaceIds.ClassFactory && *interfaceId != InterfaceIds.Unknown)
            {
                return HResult.NoInterface.Value;
            }

            ProfilerLog.Debug($"DllGetClassObject for {*classId}");
            *result = s_classFactory;
            return HResult.Ok.Value;
        }
        catch (Exception e)
        {
            ProfilerLog.Error("DllGetClassObject failed", e);
            return HResult.Fail.Value;
        }
    }

    private static void EnsureCreated()
    {
        lock (s_gate)
        {
            if (s_callback != null)
            {
                return;
            }

            var factoryVtable = (void**)NativeMemory.AllocZeroed(VtableSlots.ClassFactory.Count, (nuint)sizeof(void*));
            factoryVtable[VtableSlots.QueryInterface] = (delegate* unmanaged<void*, Guid*, void**, int>)&ClassFactoryQueryInterface;
            factoryVtable[VtableSlots.AddRef] = (delegate* unmanaged<void*, uint>)&AddRef;
            factoryVtable[VtableSlots.Release] = (delegate* unmanaged<void*, uint>)&Release;
            factoryVtable[VtableSlots.ClassFactory.CreateInstance] = (delegate* unmanaged<void*, void*, Guid*, void**, int>)&CreateInstance;
            factoryVtable[VtableSlots.ClassFactory.LockServer] = (delegate* unmanaged<void*, int, int>)&LockServer;

            var callbackVtable = ProfilerCallbacks.CreateVtable();
            callbackVtable[VtableSlots.QueryInterface] = (delegate* unmanaged<void*, Guid*, void**, int>)&CallbackQueryInterface;
            callbackVtable[VtableSlots.AddRef] = (delegate* unmanaged<void*, uint>)&AddRef;
            callbackVtable[VtableSlots.Release] = (delegate* unmanaged<void*, uint>)&Release;

            var factory = (void**)NativeMemory.Alloc((nuint)sizeof(void*));
            *factory = factoryVtable;
            var callback = (void**)NativeMemory.Alloc((nuint)sizeof(void*));
            *callback = callbackVtable;
            s_classFactory = factory;
            s_callback = callback;
        }
    }

    [UnmanagedCallersOnly]
    private static uint AddRef(void* self) => 1;

    [UnmanagedCallersOnly]
    private static uint Release(void* self) => 1;

    [UnmanagedCallersOnly]
    private static int LockServer(void* self, int lockServer) => HResult.Ok.Value;

    [UnmanagedCallersOnly]
    private static int ClassFactoryQueryInterface(void* self, Guid* interfaceId, void** result)
    {
        if (result == null)
        {
            return HResult.Pointer.Value;
        }

        var found = *interfaceId == InterfaceIds.Unknown || *interfaceId == InterfaceIds.ClassFactory;
        *result = found ? self : null;
        return found ? HResult.Ok.Value : HResult.NoInterface.Value;
    }

    [UnmanagedCallersOnly]
    private static int CreateInstance(void* self, void* outer, Guid* interfaceId, void** result)
    {
        if (result == null)
        {
            return HResult.Pointer.Value;
        }

        *result = null;
        if (outer != null)
        {
            // CLASS_E_NOAGGREGATION: the profiler object cannot be aggregated.
            return unchecked((int)0x80040110);
        }

        if (!IsCallbackInterface(*interfaceId))
        {
            return HResult.NoInterface.Value;
        }

        *result = s_callback;
        return HResult.Ok.Value;
    }

    [UnmanagedCallersOnly]
    private static int CallbackQueryInterface(void* self, Guid* interfaceId, void** result)
    {
        if (result == null)
        {
            return HResult.Pointer.Value;
        }

        var found = IsCallbackInterface(*interfaceId);
        *result = found ? self : null;
        return found ? HResult.Ok.Value : HResult.NoInterface.Value;
    }

    private static bool IsCallbackInterface(Guid id) =>
        id == InterfaceIds.Unknown
        || id == InterfaceIds.ProfilerCallback
        || id == InterfaceIds.ProfilerCallback2
        || id == InterfaceIds.ProfilerCallback3
        || id == InterfaceIds.ProfilerCallback4;
}
