namespace Distro.Profiler.Interop;

/// <summary>A COM status code, with the names of the codes a profiler meets so diagnostics read clearly.</summary>
internal readonly record struct HResult(int Value)
{
    public static readonly HResult Ok = new(0);
    public static readonly HResult NoInterface = new(unchecked((int)0x80004002));
    public static readonly HResult Pointer = new(unchecked((int)0x80004003));
    public static readonly HResult Fail = new(unchecked((int)0x80004005));
    public static readonly HResult InsufficientBuffer = new(unchecked((int)0x8007007A));

    public bool Succeeded => Value >= 0;

    public bool Failed => Value < 0;

    public string Name => Value switch
    {
        0 => "S_OK",
        1 => "S_FALSE",
        unchecked((int)0x80004001) => "E_NOTIMPL",
        unchecked((int)0x80004002) => "E_NOINTERFACE",
        unchecked((int)0x80004003) => "E_POINTER",
        unchecked((int)0x80004005) => "E_FAIL",
        unchecked((int)0x8007000E) => "E_OUTOFMEMORY",
        unchecked((int)0x80070057) => "E_INVALIDARG",
        unchecked((int)0x8007007A) => "ERROR_INSUFFICIENT_BUFFER",
        unchecked((int)0x80040111) => "CLASS_E_CLASSNOTAVAILABLE",
        unchecked((int)0x80131130) => "CLDB_E_RECORD_NOTFOUND",
        unchecked((int)0x8013153A) => "COR_E_INVALIDPROGRAM",
        unchecked((int)0x80131363) => "CORPROF_E_UNSUPPORTED_CALL_SEQUENCE",
        unchecked((int)0x8013136E) => "CORPROF_E_CALLBACK3_REQUIRED",
        unchecked((int)0x80131371) => "CORPROF_E_RUNTIME_UNINITIALIZED",
        unchecked((int)0x80131373) => "CORPROF_E_PROFILER_NOT_YET_INITIALIZED",
        unchecked((int)0x80131374) => "CORPROF_E_INCONSISTENT_WITH_FLAGS",
        unchecked((int)0x8013137A) => "CORPROF_E_MODULE_IS_DYNAMIC",
        unchecked((int)0x8013137B) => "CORPROF_E_CALLBACK4_REQUIRED",
        unchecked((int)0x8013137C) => "CORPROF_E_REJIT_NOT_ENABLED",
        unchecked((int)0x8013137E) => "CORPROF_E_FUNCTION_IS_COLLECTIBLE",
        unchecked((int)0x80131383) => "CORPROF_E_REJIT_INLINING_DISABLED",
        _ => "HRESULT",
    };

    /// <summary>Throws a <see cref="ProfilerApiException"/> naming the call that failed.</summary>
    public void ThrowIfFailed(string operation)
    {
        if (Failed)
        {
            throw new ProfilerApiException(operation, this);
        }
    }

    public override string ToString() => $"0x{Value:X8} ({Name})";
}
