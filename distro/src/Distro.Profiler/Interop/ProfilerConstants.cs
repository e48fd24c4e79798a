namespace Distro.Profiler.Interop;

/// <summary>COR_PRF_MONITOR flags (corprof.idl).</summary>
[Flags]
internal enum ProfilerEventMask : uint
{
    MonitorModuleLoads = 0x00000004,
    MonitorJitCompilation = 0x00000020,
    EnableReJit = 0x00040000,
}

/// <summary>COR_PRF_MODULE_FLAGS (corprof.idl).</summary>
[Flags]
internal enum ModuleFlags : uint
{
    None = 0,
    Disk = 0x1,
    Ngen = 0x2,
    Dynamic = 0x4,
    Collectible = 0x8,
    ResourceOnly = 0x10,
    FlatLayout = 0x20,
    WindowsRuntime = 0x40,
}

/// <summary>COR_PRF_RUNTIME_TYPE (corprof.idl).</summary>
internal enum RuntimeKind : int
{
    Desktop = 1,
    CoreClr = 2,
}

/// <summary>CorOpenFlags (cor.h) for GetModuleMetaData.</summary>
[Flags]
internal enum MetadataOpenFlags : uint
{
    Read = 0x0,
    Write = 0x1,
}

/// <summary>COR_PRF_REJIT_FLAGS (corprof.idl).</summary>
[Flags]
internal enum ReJitFlags : uint
{
    BlockInlining = 0x1,
}
