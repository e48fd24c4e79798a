using System.Runtime.InteropServices;
using Distro.Profiler.Diagnostics;
using Distro.Profiler.Interop;
using Distro.Profiler.ReJit;

namespace Distro.Profiler.Exports;

/// <summary>
/// The C API that managed code in the application calls (after loading this same library by its path,
/// which gives it the same instance the runtime loaded). Each entry catches everything.
/// </summary>
internal static unsafe class ControlEntryPoints
{
    /// <summary>Returns the ICorProfilerInfo version in use, or 0 when this library was not initialized by the runtime.</summary>
    [UnmanagedCallersOnly(EntryPoint = "otel_distro_profiler_version")]
    private static int ProfilerVersion()
    {
        try
        {
            return ProfilerRuntime.Current?.InfoVersion ?? 0;
        }
        catch (Exception e)
        {
            ProfilerLog.Error("otel_distro_profiler_version failed", e);
            return 0;
        }
    }

    /// <summary>Names the assembly holding the hooks that rewritten IL calls.</summary>
    [UnmanagedCallersOnly(EntryPoint = "otel_distro_configure_hooks")]
    private static int ConfigureHooks(char* name, int nameLength, int major, int minor, int build, int revision)
    {
        try
        {
            var runtime = ProfilerRuntime.Current;
            if (runtime is null || name == null || nameLength <= 0)
            {
                return HResult.Fail.Value;
            }

            runtime.ConfigureHooks(new string(name, 0, nameLength), new Version(major, minor, Math.Max(0, build), Math.Max(0, revision)));
            return HResult.Ok.Value;
        }
        catch (Exception e)
        {
            ProfilerLog.Error("otel_distro_configure_hooks failed", e);
            return HResult.Fail.Value;
        }
    }

    /// <summary>Queues a rewrite of one method; returns the request id, or 0 when the profiler is not ready.</summary>
    [UnmanagedCallersOnly(EntryPoint = "otel_distro_request_rewrite")]
    private static long RequestRewrite(Guid* moduleVersionId, int methodToken, byte* specification, int specificationLength)
    {
        try
        {
            var runtime = ProfilerRuntime.Current;
            if (runtime is null || moduleVersionId == null || specification == null || specificationLength <= 0)
            {
                return 0;
            }

            return runtime.RequestRewrite(*moduleVersionId, methodToken, new ReadOnlySpan<byte>(specification, specificationLength).ToArray());
        }
        catch (Exception e)
        {
            ProfilerLog.Error("otel_distro_request_rewrite failed", e);
            return 0;
        }
    }

    /// <summary>Queues the restoration of a method's original code; returns the request id, or 0 when the profiler is not ready.</summary>
    [UnmanagedCallersOnly(EntryPoint = "otel_distro_request_revert")]
    private static long RequestRevert(Guid* moduleVersionId, int methodToken)
    {
        try
        {
            var runtime = ProfilerRuntime.Current;
            return runtime is null || moduleVersionId == null ? 0 : runtime.RequestRevert(*moduleVersionId, methodToken);
        }
        catch (Exception e)
        {
            ProfilerLog.Error("otel_distro_request_revert failed", e);
            return 0;
        }
    }

    /// <summary>
    /// Reads a request's status, first waiting up to <paramref name="waitMilliseconds"/> for it to leave the queue.
    /// Writes at most <paramref name="messageCapacity"/> UTF-16 units of the message and returns the state.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "otel_distro_request_status")]
    private static int RequestStatus(long requestId, int waitMilliseconds, int* failure, int* hresult, char* message, int messageCapacity, int* messageLength)
    {
        try
        {
            var runtime = ProfilerRuntime.Current;
            if (runtime is null)
            {
                return (int)RequestState.Unknown;
            }

            var status = waitMilliseconds > 0
                ? runtime.Requests.WaitProcessed(requestId, TimeSpan.FromMilliseconds(waitMilliseconds))
                : runtime.Requests.Get(requestId);
            if (failure != null)
            {
                *failure = (int)status.Failure;
            }

            if (hresult != null)
            {
                *hresult = status.HResult;
            }

            var text = status.Message ?? string.Empty;
            var copied = Math.Min(text.Length, Math.Max(0, messageCapacity));
            if (message != null && copied > 0)
            {
                text.AsSpan(0, copied).CopyTo(new Span<char>(message, copied));
            }

            if (messageLength != null)
            {
                *messageLength = copied;
            }

            return (int)status.State;
        }
        catch (Exception e)
        {
            ProfilerLog.Error("otel_distro_request_status failed", e);
            return (int)RequestState.Unknown;
        }
    }
}
