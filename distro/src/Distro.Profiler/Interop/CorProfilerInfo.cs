namespace Distro.Profiler.Interop;

/// <summary>A typed view of ICorProfilerInfo4..15: the calls the profiler makes to the runtime.</summary>
internal sealed unsafe class CorProfilerInfo(void* instance, int version)
{
    private const int FirstNameBufferLength = 512;

    /// <summary>The highest ICorProfilerInfo version the runtime answered to.</summary>
    public int Version { get; } = version;

    public bool SupportsReJitWithInliners => Version >= 10;

    /// <summary>ICorProfilerInfo8 tells dynamic methods (DynamicMethod, compiled expressions) from methods with metadata.</summary>
    public bool SupportsDynamicFunctionQuery => Version >= 8;

    /// <summary>Asks the runtime for its newest ICorProfilerInfo; null when it has none that supports ReJIT.</summary>
    public static CorProfilerInfo? Query(void* unknown)
    {
        for (var version = InterfaceIds.ProfilerInfoByVersion.Length - 1; version >= 4; version--)
        {
            if (ComInterface.QueryInterface(unknown, InterfaceIds.ProfilerInfoByVersion[version], out var info).Succeeded)
            {
                return new CorProfilerInfo(info, version);
            }
        }

        return null;
    }

    public HResult SetEventMask(ProfilerEventMask mask) =>
        new(((delegate* unmanaged<void*, uint, int>)Slot(VtableSlots.CorProfilerInfo.SetEventMask))(instance, (uint)mask));

    /// <summary>The module that defines a function's method.</summary>
    public ModuleId GetFunctionModule(FunctionId function)
    {
        nuint classId, module;
        int token;
        var hr = ((delegate* unmanaged<void*, nuint, nuint*, nuint*, int*, int>)
            Slot(VtableSlots.CorProfilerInfo.GetFunctionInfo))(instance, function.Value, &classId, &module, &token);
        new HResult(hr).ThrowIfFailed("ICorProfilerInfo::GetFunctionInfo");
        return new ModuleId(module);
    }

    /// <summary>Whether a function has no metadata of its own: a DynamicMethod, which ReJIT can never recompile.</summary>
    public bool IsFunctionDynamic(FunctionId function)
    {
        int isDynamic;
        var hr = ((delegate* unmanaged<void*, nuint, int*, int>)Slot(VtableSlots.CorProfilerInfo.IsFunctionDynamic))(instance, function.Value, &isDynamic);
        new HResult(hr).ThrowIfFailed("ICorProfilerInfo8::IsFunctionDynamic");
        return isDynamic != 0;
    }

    public RuntimeInformation GetRuntimeInformation()
    {
        ushort clrInstance, major, minor, build, qfe;
        int kind;
        uint length;
        var hr = ((delegate* unmanaged<void*, ushort*, int*, ushort*, ushort*, ushort*, ushort*, uint, uint*, char*, int>)
            Slot(VtableSlots.CorProfilerInfo.GetRuntimeInformation))(instance, &clrInstance, &kind, &major, &minor, &build, &qfe, 0, &length, null);
        new HResult(hr).ThrowIfFailed("ICorProfilerInfo3::GetRuntimeInformation");
        return new RuntimeInformation((RuntimeKind)kind, new Version(major, minor, build, qfe));
    }

    public LoadedModuleInfo GetModuleInfo(ModuleId module)
    {
        var length = FirstNameBufferLength;
        while (true)
        {
            var buffer = new char[length];
            uint written;
            nuint assembly;
            uint flags;
            byte* baseAddress;
            int hr;
            fixed (char* name = buffer)
            {
                hr = ((delegate* unmanaged<void*, nuint, byte**, uint, uint*, char*, nuint*, uint*, int>)
                    Slot(VtableSlots.CorProfilerInfo.GetModuleInfo2))(instance, module.Value, &baseAddress, (uint)length, &written, name, &assembly, &flags);
            }

            if (new HResult(hr) == HResult.InsufficientBuffer || written > length)
            {
                length = (int)written;
                continue;
            }

            new HResult(hr).ThrowIfFailed("ICorProfilerInfo3::GetModuleInfo2");
            return new LoadedModuleInfo(NativeString.FromBuffer(buffer, written), new AssemblyId(assembly), (ModuleFlags)flags);
        }
    }

    public string GetAssemblyName(AssemblyId assembly)
    {
        var length = FirstNameBufferLength;
        while (true)
        {
            var buffer = new char[length];
            uint written;
            nuint appDomain, module;
            int hr;
            fixed (char* name = buffer)
            {
                hr = ((delegate* unmanaged<void*, nuint, uint, uint*, char*, nuint*, nuint*, int>)
                    Slot(VtableSlots.CorProfilerInfo.GetAssemblyInfo))(instance, assembly.Value, (uint)length, &written, name, &appDomain, &module);
            }

            if (new HResult(hr) == HResult.InsufficientBuffer || written > length)
            {
                length = (int)written;
                continue;
            }

            new HResult(hr).ThrowIfFailed("ICorProfilerInfo::GetAssemblyInfo");
            return NativeString.FromBuffer(buffer, written);
        }
    }

    public ModuleMetadata GetModuleMetadata(ModuleId module, MetadataOpenFlags flags)
    {
        var iid = InterfaceIds.MetaDataImport;
        void* import;
        var hr = ((delegate* unmanaged<void*, nuint, uint, Guid*, void**, int>)
            Slot(VtableSlots.CorProfilerInfo.GetModuleMetaData))(instance, module.Value, (uint)flags, &iid, &import);
        new HResult(hr).ThrowIfFailed("ICorProfilerInfo::GetModuleMetaData");
        return ModuleMetadata.FromImport(import, (flags & MetadataOpenFlags.Write) != 0);
    }

    /// <summary>The method's original IL body (header, code and EH sections), copied.</summary>
    public byte[] GetILFunctionBody(ModuleId module, MethodDefToken method)
    {
        byte* body;
        uint size;
        var hr = ((delegate* unmanaged<void*, nuint, int, byte**, uint*, int>)
            Slot(VtableSlots.CorProfilerInfo.GetILFunctionBody))(instance, module.Value, method.Value, &body, &size);
        new HResult(hr).ThrowIfFailed("ICorProfilerInfo::GetILFunctionBody");
        return new ReadOnlySpan<byte>(body, checked((int)size)).ToArray();
    }

    public HResult RequestReJit(ModuleId module, MethodDefToken method, bool blockInlining)
    {
        var moduleValue = module.Value;
        var methodValue = method.Value;
        if (blockInlining && SupportsReJitWithInliners)
        {
            return new HResult(((delegate* unmanaged<void*, uint, uint, nuint*, int*, int>)
                Slot(VtableSlots.CorProfilerInfo.RequestReJITWithInliners))(instance, (uint)ReJitFlags.BlockInlining, 1, &moduleValue, &methodValue));
        }

        return new HResult(((delegate* unmanaged<void*, uint, nuint*, int*, int>)
            Slot(VtableSlots.CorProfilerInfo.RequestReJIT))(instance, 1, &moduleValue, &methodValue));
    }

    public HResult RequestRevert(ModuleId module, MethodDefToken method)
    {
        var moduleValue = module.Value;
        var methodValue = method.Value;
        int status = 0;
        var hr = new HResult(((delegate* unmanaged<void*, uint, nuint*, int*, int*, int>)
            Slot(VtableSlots.CorProfilerInfo.RequestRevert))(instance, 1, &moduleValue, &methodValue, &status));
        return hr.Failed ? hr : new HResult(status);
    }

    private void* Slot(int slot) => ComInterface.Slot(instance, slot);
}

internal readonly record struct RuntimeInformation(RuntimeKind Kind, Version Version);

internal readonly record struct LoadedModuleInfo(string Path, AssemblyId Assembly, ModuleFlags Flags);
