using System.Reflection;
using System.Runtime.InteropServices;

namespace Distro.Hooks.Control;

/// <summary>
/// The profiler's exported C API. The library is resolved to the very file the runtime loaded as its profiler
/// (CORECLR_PROFILER_PATH), so these calls reach the profiler instance that receives the runtime's callbacks.
/// </summary>
internal static class NativeProfiler
{
    private const string LibraryName = "otel-dotnet-distro-profiler";

    static NativeProfiler()
    {
        // The resolver must be in place before the first call, so it is set here rather than in a field initializer.
        NativeLibrary.SetDllImportResolver(typeof(NativeProfiler).Assembly, Resolve);
        UnavailableReason = DetectUnavailability();
    }

    /// <summary>Why the profiler cannot be used in this process, or null when it can.</summary>
    public static string? UnavailableReason { get; }

    [DllImport(LibraryName, EntryPoint = "otel_distro_profiler_version")]
    public static extern int ProfilerVersion();

    [DllImport(LibraryName, EntryPoint = "otel_distro_configure_hooks", CharSet = CharSet.Unicode)]
    public static extern int ConfigureHooks(string name, int nameLength, int major, int minor, int build, int revision);

    [DllImport(LibraryName, EntryPoint = "otel_distro_request_rewrite")]
    public static extern long RequestRewrite(ref Guid moduleVersionId, int methodToken, byte[] specification, int specificationLength);

    [DllImport(LibraryName, EntryPoint = "otel_distro_request_revert")]
    public static extern long RequestRevert(ref Guid moduleVersionId, int methodToken);

    [DllImport(LibraryName, EntryPoint = "otel_distro_request_status")]
    public static extern int RequestStatus(long requestId, int waitMilliseconds, out int failure, out int hresult, [Out] ushort[] message, int messageCapacity, out int messageLength);

    private static string? ProfilerPath =>
        Environment.GetEnvironmentVariable("CORECLR_PROFILER_PATH_64") is { Length: > 0 } path64
            ? path64
            : Environment.GetEnvironmentVariable("CORECLR_PROFILER_PATH");

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == LibraryName && ProfilerPath is { Length: > 0 } path && NativeLibrary.TryLoad(path, out var handle)
            ? handle
            : IntPtr.Zero;

    private static string? DetectUnavailability()
    {
        if (Environment.GetEnvironmentVariable("CORECLR_ENABLE_PROFILING") != "1")
        {
            return "CORECLR_ENABLE_PROFILING is not 1: the process was not started with the profiler";
        }

        if (ProfilerPath is not { Length: > 0 } path || !File.Exists(path))
        {
            return "CORECLR_PROFILER_PATH does not name an existing file";
        }

        try
        {
            return ProfilerVersion() > 0
                ? null
                : "the profiler library was not initialized by the runtime (another profiler, a wrong CORECLR_PROFILER id, or an unsupported runtime)";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return $"{path} is not this distro's profiler: {e.Message}";
        }
    }
}
