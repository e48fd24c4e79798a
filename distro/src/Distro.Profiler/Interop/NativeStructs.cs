using System.Runtime.InteropServices;

namespace Distro.Profiler.Interop;

/// <summary>ASSEMBLYMETADATA (cor.h).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct AssemblyMetadata
{
    public ushort MajorVersion;
    public ushort MinorVersion;
    public ushort BuildNumber;
    public ushort RevisionNumber;
    public char* Locale;
    public uint LocaleLength;
    public uint* Processors;
    public uint ProcessorCount;
    public void* OperatingSystems;
    public uint OperatingSystemCount;
}

/// <summary>COR_IL_MAP (corprof.idl): an original IL offset and where it moved to.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ILMapEntry
{
    public uint OldOffset;
    public uint NewOffset;
    public int Accurate;
}
