namespace Distro.Profiler.Interop;

/// <summary>
/// Every COM vtable slot the profiler uses, in one place. Slot numbers count IUnknown's three
/// methods first; they follow the method order of corprof.idl and cor.h.
/// </summary>
internal static class VtableSlots
{
    public const int QueryInterface = 0;
    public const int AddRef = 1;
    public const int Release = 2;

    public static class CorProfilerInfo
    {
        public const int GetFunctionInfo = 15;
        public const int SetEventMask = 16;
        public const int GetModuleMetaData = 21;
        public const int GetILFunctionBody = 22;
        public const int GetAssemblyInfo = 26;
        public const int GetRuntimeInformation = 67;
        public const int GetModuleInfo2 = 70;
        public const int RequestReJIT = 73;
        public const int RequestRevert = 74;
        public const int IsFunctionDynamic = 87;
        public const int RequestReJITWithInliners = 96;
    }

    public static class FunctionControl
    {
        public const int SetILFunctionBody = 4;
        public const int SetILInstrumentedCodeMap = 5;
    }

    public static class MetaDataImport
    {
        public const int CloseEnum = 3;
        public const int GetScopeProps = 10;
        public const int GetTypeRefProps = 14;
        public const int EnumTypeRefs = 8;
        public const int GetMethodProps = 30;
        public const int GetSigFromToken = 41;
    }

    public static class MetaDataEmit
    {
        public const int DefineTypeRefByName = 12;
        public const int DefineMemberRef = 14;
        public const int GetTokenFromSig = 23;
        public const int GetTokenFromTypeSpec = 26;
    }

    public static class AssemblyImport
    {
        public const int GetAssemblyRefProps = 4;
        public const int EnumAssemblyRefs = 8;
        public const int CloseEnum = 15;
    }

    public static class AssemblyEmit
    {
        public const int DefineAssemblyRef = 4;
    }

    public static class ClassFactory
    {
        public const int CreateInstance = 3;
        public const int LockServer = 4;
        public const int Count = 5;
    }

    /// <summary>ICorProfilerCallback through ICorProfilerCallback4.</summary>
    public static class ProfilerCallback
    {
        public const int Initialize = 3;
        public const int Shutdown = 4;
        public const int ModuleLoadFinished = 14;
        public const int ModuleUnloadStarted = 15;
        public const int JITInlining = 28;
        public const int GetReJITParameters = 84;
        public const int ReJITError = 86;
        public const int Count = 89;
    }
}
