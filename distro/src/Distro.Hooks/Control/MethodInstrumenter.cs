using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using Distro.Hooks.Diagnostics;

namespace Distro.Hooks.Control;

/// <summary>
/// Instruments methods in place: the profiler rewrites the method's IL with ReJIT so that every caller,
/// delegates captured long ago included, calls the <see cref="MethodProbe"/>; removing it restores the original code.
/// </summary>
public static class MethodInstrumenter
{
    private const int StatusMessageCapacity = 1024;

    private static readonly Lock s_gate = new();
    private static readonly Dictionary<(Guid Module, int Token), InstrumentedMethod> s_active = [];
    private static bool s_hooksConfigured;

    /// <summary>True when this process runs under the distro's profiler and methods can be instrumented.</summary>
    public static bool IsAvailable => NativeProfiler.UnavailableReason is null;

    /// <summary>Why methods cannot be instrumented in this process, or null when they can.</summary>
    public static string? UnavailableReason => NativeProfiler.UnavailableReason;

    /// <summary>
    /// Rewrites <paramref name="method"/> to call <paramref name="probe"/>. Never throws for a method that cannot be
    /// instrumented: the returned handle's <see cref="InstrumentedMethod.Status"/> says why.
    /// </summary>
    /// <exception cref="InvalidOperationException">The method is already instrumented; change its probe with <see cref="ProbeRegistry.Replace"/>.</exception>
    public static InstrumentedMethod Instrument(MethodBase method, MethodProbe probe)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(probe);
        if (Refuse(method) is { } refusal)
        {
            return new InstrumentedMethod(method, refusal);
        }

        var key = (method.Module.ModuleVersionId, method.MetadataToken);
        lock (s_gate)
        {
            if (s_active.ContainsKey(key))
            {
                throw new InvalidOperationException($"{Describe(method)} is already instrumented");
            }

            EnsureHooksConfigured();
            var probeId = ProbeRegistry.Register(probe);
            var specification = RewriteSpecificationWriter.Write(method, probeId);
            var moduleVersionId = key.ModuleVersionId;
            var requestId = NativeProfiler.RequestRewrite(ref moduleVersionId, method.MetadataToken, specification, specification.Length);
            if (requestId == 0)
            {
                ProbeRegistry.Unregister(probeId);
                return new InstrumentedMethod(method, InstrumentationStatus.Failed(InstrumentationFailure.ProfilerNotAvailable, "the profiler did not accept the request"));
            }

            var instrumented = new InstrumentedMethod(method, probeId, requestId);
            s_active[key] = instrumented;
            HooksEventSource.Log.InstrumentationRequested(Describe(method), probeId, requestId);
            return instrumented;
        }
    }

    /// <summary>Instruments the method with metadata token <paramref name="methodToken"/> in the loaded module <paramref name="moduleVersionId"/>.</summary>
    public static InstrumentedMethod Instrument(Guid moduleVersionId, int methodToken, MethodProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        foreach (var context in AssemblyLoadContext.All)
        {
            foreach (var assembly in context.Assemblies)
            {
                foreach (var module in assembly.GetLoadedModules())
                {
                    if (module.ModuleVersionId == moduleVersionId && module.ResolveMethod(methodToken) is { } method)
                    {
                        return Instrument(method, probe);
                    }
                }
            }
        }

        throw new ArgumentException($"no loaded module has MVID {moduleVersionId}", nameof(moduleVersionId));
    }

    internal static void Remove(InstrumentedMethod instrumented)
    {
        lock (s_gate)
        {
            var method = instrumented.Method;
            var key = (method.Module.ModuleVersionId, method.MetadataToken);
            if (!s_active.Remove(key))
            {
                return;
            }

            ProbeRegistry.Unregister(instrumented.ProbeId);
            var moduleVersionId = key.ModuleVersionId;
            var revertId = NativeProfiler.RequestRevert(ref moduleVersionId, method.MetadataToken);
            instrumented.TryMarkRemoved(revertId);
            HooksEventSource.Log.InstrumentationRemoved(Describe(method), instrumented.ProbeId, revertId);
        }
    }

    internal static InstrumentationStatus QueryStatus(long requestId, TimeSpan wait)
    {
        if (requestId == 0)
        {
            return InstrumentationStatus.Failed(InstrumentationFailure.ProfilerNotAvailable, "the profiler did not accept the request");
        }

        var message = new ushort[StatusMessageCapacity];
        var waitMilliseconds = (int)Math.Clamp(wait.TotalMilliseconds, 0, int.MaxValue);
        var state = NativeProfiler.RequestStatus(requestId, waitMilliseconds, out var failure, out var hresult, message, message.Length, out var length);
        var text = new string(Array.ConvertAll(message[..Math.Clamp(length, 0, message.Length)], unit => (char)unit));
        return new InstrumentationStatus((InstrumentationState)state, (InstrumentationFailure)failure, hresult, text);
    }

    private static InstrumentationStatus? Refuse(MethodBase method)
    {
        static InstrumentationStatus Refusal(InstrumentationFailure failure, string message) => InstrumentationStatus.Failed(failure, message);

        if (NativeProfiler.UnavailableReason is { } unavailable)
        {
            return Refusal(InstrumentationFailure.ProfilerNotAvailable, unavailable);
        }

        if (method is DynamicMethod || method.Module.Assembly.IsDynamic)
        {
            return Refusal(InstrumentationFailure.ModuleNotRewritable, $"{Describe(method)} is dynamic (Reflection.Emit) code");
        }

        if (method.Module.Assembly.IsCollectible)
        {
            return Refusal(InstrumentationFailure.ModuleNotRewritable, $"{Describe(method)} is in a collectible assembly");
        }

        if (method.Module.Assembly == typeof(ProbeHooks).Assembly || method.Module.Assembly == typeof(object).Assembly)
        {
            return Refusal(InstrumentationFailure.ModuleNotRewritable, $"{Describe(method)} is in {method.Module.Assembly.GetName().Name}, which the instrumentation itself runs on");
        }

        if (method.IsAbstract)
        {
            return Refusal(InstrumentationFailure.MethodNotRewritable, $"{Describe(method)} is abstract: it has no body");
        }

        var implementation = method.MethodImplementationFlags;
        if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0
            || (implementation & (MethodImplAttributes.InternalCall | MethodImplAttributes.Runtime | MethodImplAttributes.Native)) != 0)
        {
            return Refusal(InstrumentationFailure.MethodNotRewritable, $"{Describe(method)} is implemented outside IL (extern, internal call or runtime-provided)");
        }

        return null;
    }

    private static void EnsureHooksConfigured()
    {
        if (s_hooksConfigured)
        {
            return;
        }

        var name = typeof(ProbeHooks).Assembly.GetName();
        var version = name.Version ?? new Version(0, 0, 0, 0);
        NativeProfiler.ConfigureHooks(name.Name!, name.Name!.Length, version.Major, version.Minor, Math.Max(0, version.Build), Math.Max(0, version.Revision));
        s_hooksConfigured = true;
    }

    private static string Describe(MethodBase method) => $"{method.DeclaringType?.FullName}.{method.Name}";
}
