using Distro.Profiler.Interop;

namespace Distro.Profiler.ReJit;

/// <summary>A rewritten method body ready to hand to the runtime when it asks for it in GetReJITParameters.</summary>
internal sealed record PreparedRewrite(long RequestId, byte[] Body, ILMapEntry[] OffsetMap);
