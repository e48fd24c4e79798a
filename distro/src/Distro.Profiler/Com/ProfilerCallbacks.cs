using System.Runtime.InteropServices;
using Distro.Profiler.Diagnostics;
using Distro.Profiler.Interop;

namespace Distro.Profiler.Com;

/// <summary>
/// The ICorProfilerCallback entries the profiler implements. Each one catches everything: an exception
/// escaping an unmanaged entry point would terminate the host process.
/// </summary>
internal static unsafe class ProfilerCallbacks
{
    /// <summary>A vtable whose unimplemented slots return S_OK (extra arguments are ignored by the x64 calling convention).</summary>
    public static void** CreateVtable()
    {
        var vtable = (void**)NativeMemory.AllocZeroed(VtableSlots.ProfilerCallback.Count, (nuint)sizeof(void*));
        for (var slot = 0; slot < VtableSlots.ProfilerCallback.Count; slot++)
        {
            vtable[slot] = (delegate* unmanaged<void*, int>)&NotObserved;
        }

        vtable[VtableSlots.ProfilerCallback.Initialize] = (delegate* unmanaged<void*, void*, int>)&Initialize;
        vtable[VtableSlots.ProfilerCallback.Shutdown] = (delegate* unmanaged<void*, int>)&Shutdown;
        vtable[VtableSlots.ProfilerCallback.ModuleLoadFinished] = (delegate* unmanaged<void*, nuint, int, int>)&ModuleLoadFinished;
        vtable[VtableSlots.ProfilerCallback.ModuleUnloadStarted] = (delegate* unmanaged<void*, nuint, int>)&ModuleUnloadStarted;
        vtable[VtableSlots.ProfilerCallback.JITInlining] = (delegate* unmanaged<void*, nuint, nuint, int*, int>)&JITInlining;
        vtable[VtableSlots.ProfilerCallback.GetReJITParameters] = (delegate* unmanaged<void*, nuint, int, void*, int>)&GetReJITParameters;
        vtable[VtableSlots.ProfilerCallback.ReJITError] = (delegate* unmanaged<void*, nuint, int, nuint, int, int>)&ReJITError;
        return vtable;
    }

    [UnmanagedCallersOnly]
    private static int NotObserved(void* self) => HResult.Ok.Value;

    [UnmanagedCallersOnly]
    private static int Initialize(void* self, void* profilerInfo)
    {
        try
        {
            return ProfilerRuntime.Initialize(profilerInfo).Value;
        }
        catch (Exception e)
        {
            ProfilerLog.Error("Initialize failed; the profiler stays inactive", e);
            return HResult.Fail.Value;
        }
    }

    [UnmanagedCallersOnly]
    private static int Shutdown(void* self)
    {
        try
        {
            ProfilerRuntime.Current?.Shutdown();
        }
        catch (Exception e)
        {
            ProfilerLog.Error("Shutdown failed", e);
        }

        return HResult.Ok.Value;
    }

    [UnmanagedCallersOnly]
    private static int ModuleLoadFinished(void* self, nuint module, int status)
    {
        try
        {
            if (new HResult(status).Succeeded)
            {
                ProfilerRuntime.Current?.OnModuleLoaded(new ModuleId(module));
            }
        }
        catch (Exception e)
        {
            ProfilerLog.Error($"ModuleLoadFinished({module:x}) failed", e);
        }

        return HResult.Ok.Value;
    }

    [UnmanagedCallersOnly]
    private static int ModuleUnloadStarted(void* self, nuint module)
    {
        try
        {
            ProfilerRuntime.Current?.OnModuleUnloading(new ModuleId(module));
        }
        catch (Exception e)
        {
            ProfilerLog.Error($"ModuleUnloadStarted({module:x}) failed", e);
        }

        return HResult.Ok.Value;
    }

    [UnmanagedCallersOnly]
    private static int JITInlining(void* self, nuint caller, nuint callee, int* shouldInline)
    {
        try
        {
            if (ProfilerRuntime.Current is { } runtime && !runtime.ShouldInline(new FunctionId(caller), new FunctionId(callee)))
            {
                *shouldInline = 0;
            }
        }
        catch (Exception e)
        {
            // Inlining as the JIT decided only costs the probes on this callee their reach into this caller.
            ProfilerLog.Error($"JITInlining({caller:x}, {callee:x}) failed", e);
        }

        return HResult.Ok.Value;
    }

    [UnmanagedCallersOnly]
    private static int GetReJITParameters(void* self, nuint module, int method, void* functionControl)
    {
        try
        {
            return ProfilerRuntime.Current?.OnReJitParametersRequested(new ModuleId(module), new MethodDefToken(method), new FunctionControl(functionControl)).Value
                ?? HResult.Ok.Value;
        }
        catch (Exception e)
        {
            // Answering S_OK without a body keeps the original IL: the method runs unprobed rather than not at all.
            ProfilerLog.Error($"GetReJITParameters({module:x}, 0x{method:x8}) failed; the original IL stays", e);
            return HResult.Ok.Value;
        }
    }

    [UnmanagedCallersOnly]
    private static int ReJITError(void* self, nuint module, int method, nuint function, int status)
    {
        try
        {
            ProfilerRuntime.Current?.OnReJitError(new ModuleId(module), new MethodDefToken(method), new FunctionId(function), new HResult(status));
        }
        catch (Exception e)
        {
            ProfilerLog.Error("ReJITError handling failed", e);
        }

        return HResult.Ok.Value;
    }
}
