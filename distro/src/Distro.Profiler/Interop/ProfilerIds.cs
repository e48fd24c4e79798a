namespace Distro.Profiler.Interop;

/// <summary>The runtime's identity of a loaded module (a pointer-sized opaque value).</summary>
internal readonly record struct ModuleId(nuint Value)
{
    public override string ToString() => $"0x{Value:x}";
}

/// <summary>The runtime's identity of an assembly.</summary>
internal readonly record struct AssemblyId(nuint Value);

/// <summary>The runtime's identity of a function instantiation.</summary>
internal readonly record struct FunctionId(nuint Value)
{
    public override string ToString() => $"0x{Value:x}";
}

/// <summary>The runtime's identity of an application domain.</summary>
internal readonly record struct AppDomainId(nuint Value);
