namespace Distro.Profiler.ReJit;

/// <summary>The method a rewrite or revert request is for, as managed code names it.</summary>
internal readonly record struct RequestedMethod(Guid ModuleVersionId, int MethodToken);
