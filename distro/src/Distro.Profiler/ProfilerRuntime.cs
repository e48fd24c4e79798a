using Distro.Profiler.Diagnostics;
using Distro.Profiler.Interop;
using Distro.Profiler.Metadata;
using Distro.Profiler.Modules;
using Distro.Profiler.ReJit;
using Distro.Profiler.Rewriting;

namespace Distro.Profiler;

/// <summary>
/// The profiler's state for the life of the process: the runtime's profiling interface, the loaded modules,
/// the rewrite requests and their bodies. Created by the Initialize callback.
/// </summary>
internal sealed unsafe class ProfilerRuntime
{
    private const int MinimumRuntimeMajorVersion = 8;
    private static volatile ProfilerRuntime? s_current;

    private readonly CorProfilerInfo _info;
    private readonly ModuleRegistry _modules = new();
    private readonly PreparedRewriteStore _rewrites = new();
    private readonly HookReferenceCache _hookReferences = new();
    private readonly ReJitBroker _broker = new();
    private readonly bool _blockInlining;
    private volatile HooksAssemblyIdentity? _hooks;

    private ProfilerRuntime(CorProfilerInfo info, bool blockInlining)
    {
        _info = info;
        _blockInlining = blockInlining;
    }

    public static ProfilerRuntime? Current => s_current;

    public int InfoVersion => _info.Version;

    public RequestTracker Requests { get; } = new();

    public static HResult Initialize(void* profilerInfoUnknown)
    {
        var info = CorProfilerInfo.Query(profilerInfoUnknown);
        if (info is null)
        {
            ProfilerLog.Error("The runtime offers no ICorProfilerInfo4 or newer; method probes need ReJIT. The profiler stays inactive.");
            return HResult.Fail;
        }

        var runtime = info.GetRuntimeInformation();
        if (runtime.Kind != RuntimeKind.CoreClr || runtime.Version.Major < MinimumRuntimeMajorVersion)
        {
            ProfilerLog.Error($"Unsupported runtime {runtime.Kind} {runtime.Version}: .NET {MinimumRuntimeMajorVersion} or newer is required. The profiler stays inactive.");
            return HResult.Fail;
        }

        var blockInlining = !string.Equals(Environment.GetEnvironmentVariable("OTEL_DOTNET_DISTRO_REJIT_BLOCK_INLINING"), "false", StringComparison.OrdinalIgnoreCase);
        var mask = ProfilerEventMask.MonitorModuleLoads | ProfilerEventMask.EnableReJit;
        if (blockInlining && info.SupportsDynamicFunctionQuery)
        {
            // For the JITInlining callback: see ShouldInline.
            mask |= ProfilerEventMask.MonitorJitCompilation;
        }

        var hr = info.SetEventMask(mask);
        if (hr.Failed)
        {
            ProfilerLog.Error($"SetEventMask failed with {hr}. The profiler stays inactive.");
            return hr;
        }

        s_current = new ProfilerRuntime(info, blockInlining);
        ProfilerLog.Info($"Profiler attached to CoreCLR {runtime.Version} through ICorProfilerInfo{info.Version} (process {Environment.ProcessId}).");
        return HResult.Ok;
    }

    public void Shutdown() => ProfilerLog.Info($"Runtime shutting down; {_modules.Count} modules were tracked.");

    public void ConfigureHooks(string assemblyName, Version version)
    {
        _hooks = new HooksAssemblyIdentity(assemblyName, version);
        ProfilerLog.Info($"Hooks assembly: {assemblyName}, Version={version}");
    }

    public void OnModuleLoaded(ModuleId id)
    {
        var info = _info.GetModuleInfo(id);
        if ((info.Flags & (ModuleFlags.Dynamic | ModuleFlags.ResourceOnly)) != 0)
        {
            // No IL of its own to rewrite; recorded only so a request names the reason it is refused.
            _modules.Add(new LoadedModule(id, Guid.Empty, info.Path, _info.GetAssemblyName(info.Assembly), info.Flags));
            return;
        }

        Guid mvid;
        using (var metadata = _info.GetModuleMetadata(id, MetadataOpenFlags.Read))
        {
            mvid = metadata.GetModuleVersionId();
        }

        var module = new LoadedModule(id, mvid, info.Path, _info.GetAssemblyName(info.Assembly), info.Flags);
        _modules.Add(module);
        if (ProfilerLog.IsEnabled(LogLevel.Debug))
        {
            ProfilerLog.Debug($"Module loaded: {module.AssemblyName} {module.Id} mvid={mvid} flags={module.Flags} path={module.Path}");
        }
    }

    public void OnModuleUnloading(ModuleId id)
    {
        _modules.Remove(id);
        _rewrites.RemoveModule(id);
        _hookReferences.Remove(id);
    }

    public long RequestRewrite(Guid moduleVersionId, int methodToken, byte[] specification)
    {
        var id = Requests.Create(new RequestedMethod(moduleVersionId, methodToken));
        _broker.Enqueue(() => ExecuteRewrite(id, moduleVersionId, methodToken, specification));
        return id;
    }

    public long RequestRevert(Guid moduleVersionId, int methodToken)
    {
        var id = Requests.Create(new RequestedMethod(moduleVersionId, methodToken));
        _broker.Enqueue(() => ExecuteRevert(id, moduleVersionId, methodToken));
        return id;
    }

    /// <summary>
    /// Whether the JIT may inline <paramref name="callee"/> into <paramref name="caller"/>. ReJIT recompiles the methods
    /// that inlined a probed method, but never a dynamic method (the compiled expressions through which MVC, minimal APIs
    /// and serializers call the application's methods): a method inlined there could never be probed. So methods that
    /// a probe may target are not inlined into dynamic methods; everything else inlines as usual.
    /// </summary>
    public bool ShouldInline(FunctionId caller, FunctionId callee) =>
        !_info.IsFunctionDynamic(caller)
        || _modules.Find(_info.GetFunctionModule(callee)) is not { } module
        || !ProbeableAssemblies.MayBeProbed(module.AssemblyName);

    public HResult OnReJitParametersRequested(ModuleId module, MethodDefToken method, FunctionControl control)
    {
        var rewrite = _rewrites.Get(module, method);
        if (rewrite is null)
        {
            // A caller that inlined an instrumented method is recompiled too; it keeps its own IL.
            ProfilerLog.Debug($"GetReJITParameters({module}, {method}): no rewrite, original IL kept");
            return HResult.Ok;
        }

        var hr = control.SetILFunctionBody(rewrite.Body);
        if (hr.Failed)
        {
            Requests.Fail(rewrite.RequestId, FailureKind.RuntimeRejected, hr.Value, $"SetILFunctionBody failed with {hr}");
            return HResult.Ok;
        }

        var mapResult = control.SetILInstrumentedCodeMap(rewrite.OffsetMap);
        if (mapResult.Failed)
        {
            ProfilerLog.Warning($"SetILInstrumentedCodeMap({module}, {method}) failed with {mapResult}; stack traces may show shifted lines");
        }

        Requests.Set(rewrite.RequestId, RequestState.Applied);
        ProfilerLog.Debug($"GetReJITParameters({module}, {method}): rewritten body installed ({rewrite.Body.Length} bytes)");
        return HResult.Ok;
    }

    public void OnReJitError(ModuleId module, MethodDefToken method, FunctionId function, HResult status)
    {
        ProfilerLog.Error($"ReJITError({module}, {method}, function {function}): {status}");
        var rewrite = _rewrites.Remove(module, method);
        if (rewrite is not null)
        {
            Requests.Fail(rewrite.RequestId, FailureKind.RuntimeRejected, status.Value, $"the runtime rejected the rewritten method: {status}");
        }
    }

    private void ExecuteRewrite(long requestId, Guid moduleVersionId, int methodToken, byte[] specificationBytes)
    {
        try
        {
            var hooks = _hooks ?? throw new RewriteRefusedException(FailureKind.ProfilerNotReady, "the hooks assembly has not been configured");
            var specification = DecodeSpecification(specificationBytes);
            var method = new MethodDefToken(methodToken);
            var modules = _modules.FindByVersionId(moduleVersionId);
            if (modules.Count == 0)
            {
                throw new RewriteRefusedException(FailureKind.ModuleNotLoaded, $"no loaded module has MVID {moduleVersionId}");
            }

            var note = string.Empty;
            foreach (var module in modules)
            {
                if (module.ReasonNotRewritable is { } reason)
                {
                    throw new RewriteRefusedException(FailureKind.ModuleNotRewritable, $"{module.AssemblyName}: {reason}");
                }

                PreparedRewrite prepared;
                using (var metadata = _info.GetModuleMetadata(module.Id, MetadataOpenFlags.Read | MetadataOpenFlags.Write))
                {
                    var references = _hookReferences.GetOrCreate(module.Id, metadata, hooks);
                    prepared = MethodRewritePreparer.Prepare(requestId, _info.GetILFunctionBody(module.Id, method), metadata, method, specification, references);
                }

                _rewrites.Set(module.Id, method, prepared);
                var (hr, fallback) = RequestReJit(module.Id, method);
                note = fallback ?? note;
                if (hr.Failed)
                {
                    _rewrites.Remove(module.Id, method);
                    throw new RewriteRefusedException(FailureKind.ReJitRequestFailed, $"RequestReJIT failed with {hr}", hr.Value);
                }

                ProfilerLog.Info($"ReJIT requested for {module.AssemblyName} {method} (request {requestId})");
            }

            Requests.Set(requestId, RequestState.Requested, note);
        }
        catch (RewriteRefusedException e)
        {
            ProfilerLog.Warning($"Rewrite request {requestId} for {moduleVersionId}/0x{methodToken:x8} refused: {e.Message}");
            Requests.Fail(requestId, e.Failure, e.HResult, e.Message);
        }
        catch (ProfilerApiException e)
        {
            ProfilerLog.Error($"Rewrite request {requestId} failed", e);
            Requests.Fail(requestId, FailureKind.MetadataError, e.Result.Value, e.Message);
        }
        catch (Exception e)
        {
            ProfilerLog.Error($"Rewrite request {requestId} failed", e);
            Requests.Fail(requestId, FailureKind.InternalError, HResult.Fail.Value, e.Message);
        }
    }

    /// <summary>
    /// Requests the ReJIT of one method. When the inliner-aware request is refused and a plain one is made instead, also
    /// returns a note for the request's status: the probes do not reach callers that inlined the method.
    /// </summary>
    private (HResult Result, string? Fallback) RequestReJit(ModuleId module, MethodDefToken method)
    {
        var hr = _info.RequestReJit(module, method, _blockInlining);
        if (hr.Failed && _blockInlining && _info.SupportsReJitWithInliners)
        {
            // Some runtimes refuse the inliner-aware request; a plain one still reaches every non-inlined call.
            ProfilerLog.Warning($"RequestReJITWithInliners({module}, {method}) failed with {hr}; falling back to RequestReJIT");
            var fallback = $"RequestReJITWithInliners failed with {hr}, so callers that inlined the method before it was armed run it without probes";
            return (_info.RequestReJit(module, method, blockInlining: false), fallback);
        }

        return (hr, null);
    }

    private void ExecuteRevert(long requestId, Guid moduleVersionId, int methodToken)
    {
        try
        {
            var method = new MethodDefToken(methodToken);
            foreach (var module in _modules.FindByVersionId(moduleVersionId))
            {
                if (_rewrites.Remove(module.Id, method) is null)
                {
                    continue;
                }

                var hr = _info.RequestRevert(module.Id, method);
                if (hr.Failed)
                {
                    throw new RewriteRefusedException(FailureKind.ReJitRequestFailed, $"RequestRevert failed with {hr}", hr.Value);
                }

                ProfilerLog.Info($"Reverted {module.AssemblyName} {method} (request {requestId})");
            }

            Requests.Set(requestId, RequestState.Reverted);
        }
        catch (RewriteRefusedException e)
        {
            Requests.Fail(requestId, e.Failure, e.HResult, e.Message);
        }
        catch (Exception e)
        {
            ProfilerLog.Error($"Revert request {requestId} failed", e);
            Requests.Fail(requestId, FailureKind.InternalError, HResult.Fail.Value, e.Message);
        }
    }

    private static RewriteSpecification DecodeSpecification(byte[] bytes)
    {
        try
        {
            return RewriteSpecification.Decode(bytes);
        }
        catch (FormatException e)
        {
            throw new RewriteRefusedException(FailureKind.InvalidSpecification, e.Message);
        }
    }
}
