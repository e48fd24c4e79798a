using System.Reflection;
using System.Reflection.Emit;
using Distro.Hooks.Diagnostics;

namespace Distro.Hooks.Control;

/// <summary>
/// Instruments methods in place: the profiler rewrites the method's IL with ReJIT so that every caller, delegates
/// captured long ago included, runs the probes; removing them restores the original code.
/// </summary>
public static class MethodInstrumenter
{
    private const int StatusMessageCapacity = 1024;

    private static readonly object s_gate = new();
    private static readonly Dictionary<(Guid Module, int Token), InstrumentedMethod> s_active = [];
    private static bool s_hooksConfigured;

    /// <summary>True when this process runs under the distro's profiler and methods can be instrumented.</summary>
    public static bool IsAvailable => NativeProfiler.UnavailableReason is null;

    /// <summary>Why methods cannot be instrumented in this process, or null when they can.</summary>
    public static string? UnavailableReason => NativeProfiler.UnavailableReason;

    /// <summary>Rewrites <paramref name="method"/> to call <paramref name="probe"/> at entry, return and escaping exceptions.</summary>
    public static InstrumentedMethod Instrument(MethodBase method, MethodProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return Instrument(method, MethodInstrumentation.ForMethod(probe));
    }

    /// <summary>
    /// Rewrites <paramref name="method"/> with every probe of <paramref name="instrumentation"/>. Never throws for a
    /// method that cannot be instrumented: the returned handle's <see cref="InstrumentedMethod.Status"/> says why.
    /// </summary>
    /// <exception cref="InvalidOperationException">The method is already instrumented; change its probes with <see cref="InstrumentedMethod.Update"/>.</exception>
    public static InstrumentedMethod Instrument(MethodBase method, MethodInstrumentation instrumentation)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(instrumentation);
        if (Refuse(method) is { } refusal)
        {
            return new InstrumentedMethod(method, refusal);
        }

        var key = KeyOf(method);
        lock (s_gate)
        {
            if (s_active.ContainsKey(key))
            {
                throw new InvalidOperationException($"{Describe(method)} is already instrumented");
            }

            var instrumented = new InstrumentedMethod(method);
            if (Request(instrumented, method, instrumentation) is { } notRequested)
            {
                return new InstrumentedMethod(method, notRequested);
            }

            s_active[key] = instrumented;
            return instrumented;
        }
    }

    /// <summary>
    /// Instruments the method with metadata token <paramref name="methodToken"/> in the loaded module
    /// <paramref name="moduleVersionId"/>. Never throws for a module that is not loaded or a token that names no method
    /// there: the returned handle's <see cref="InstrumentedMethod.Status"/> says why, and its method is null.
    /// </summary>
    public static InstrumentedMethod Instrument(Guid moduleVersionId, int methodToken, MethodProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return LoadedMethods.Find(moduleVersionId, methodToken, out var refusal) is { } method
            ? Instrument(method, probe)
            : new InstrumentedMethod($"{moduleVersionId}/0x{methodToken:x8}", refusal);
    }

    internal static void Update(InstrumentedMethod instrumented, MethodBase method, MethodInstrumentation instrumentation)
    {
        lock (s_gate)
        {
            if (!instrumented.IsRemoved && Request(instrumented, method, instrumentation) is { } refusal)
            {
                instrumented.RefuseUpdate(refusal);
            }
        }
    }

    internal static void Remove(InstrumentedMethod instrumented, MethodBase method)
    {
        lock (s_gate)
        {
            if (instrumented.IsRemoved || !s_active.Remove(KeyOf(method)))
            {
                return;
            }

            instrumented.IsRemoved = true;
            var moduleVersionId = method.Module.ModuleVersionId;
            var revertId = NativeProfiler.RequestRevert(ref moduleVersionId, method.MetadataToken);
            instrumented.SetRequest(revertId);
            Unregister(instrumented.ProbeIds);
            HooksEventSource.Log.InstrumentationRemoved(Describe(method), revertId);
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

    /// <summary>
    /// Registers the probes, sends one rewrite request, and retires the probes the previous request used. Returns why
    /// nothing was requested, or null when the request was sent.
    /// </summary>
    private static InstrumentationStatus? Request(InstrumentedMethod instrumented, MethodBase method, MethodInstrumentation instrumentation)
    {
        EnsureHooksConfigured();
        var methodProbeId = instrumentation.MethodProbe is { } methodProbe ? ProbeRegistry.Register(methodProbe) : 0;
        var lines = instrumentation.Lines.Select(line => (line.ILOffset, ProbeRegistry.Register(line.Probe), line.Locals)).ToList();
        var ids = lines.Select(line => line.Item2).Prepend(methodProbeId).Where(id => id != 0).ToList();
        if (ids.Count != lines.Count + (instrumentation.MethodProbe is null ? 0 : 1))
        {
            // Registration answers 0 when the registry is full.
            Unregister(ids);
            return InstrumentationStatus.Failed(
                InstrumentationFailure.ProbeLimitReached,
                $"the probe registry is full ({ProbeRegistry.Capacity} probes at once): remove a probe before arming {Describe(method)}");
        }

        var specification = RewriteSpecificationWriter.Write(method, methodProbeId, instrumentation.ReturnLocals, lines);
        var moduleVersionId = method.Module.ModuleVersionId;
        var requestId = NativeProfiler.RequestRewrite(ref moduleVersionId, method.MetadataToken, specification, specification.Length);
        if (requestId == 0)
        {
            Unregister(ids);
            return InstrumentationStatus.Failed(InstrumentationFailure.ProfilerNotAvailable, "the profiler did not accept the request");
        }

        var previous = instrumented.ProbeIds;
        instrumented.ProbeIds = ids;
        instrumented.SetRequest(requestId);
        Unregister(previous);
        HooksEventSource.Log.InstrumentationRequested(Describe(method), string.Join(',', ids), requestId);
        return null;
    }

    private static void Unregister(IReadOnlyList<int> ids)
    {
        foreach (var id in ids)
        {
            ProbeRegistry.Unregister(id);
        }
    }

    private static (Guid, int) KeyOf(MethodBase method) => (method.Module.ModuleVersionId, method.MetadataToken);

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
        s_hooksConfigured = NativeProfiler.ConfigureHooks(name.Name!, name.Name!.Length, version.Major, version.Minor, Math.Max(0, version.Build), Math.Max(0, version.Revision)) >= 0;
    }

    private static string Describe(MethodBase method) => $"{method.DeclaringType?.FullName}.{method.Name}";
}
