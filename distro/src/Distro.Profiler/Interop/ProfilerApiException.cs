namespace Distro.Profiler.Interop;

/// <summary>A profiling or metadata API call returned a failure code.</summary>
internal sealed class ProfilerApiException(string operation, HResult result)
    : Exception($"{operation} failed with {result}")
{
    public string Operation { get; } = operation;

    public HResult Result { get; } = result;
}
