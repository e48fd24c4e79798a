using System.Diagnostics;
using Distro.Hooks;

namespace Distro.Benchmarks.Arming;

/// <summary>A probe that notes when a call first reaches it, and lets every call run unobserved.</summary>
internal sealed class FirstCallProbe : MethodProbe
{
    private long _firstCallTimestamp;

    public long? FirstCallTimestamp => Volatile.Read(ref _firstCallTimestamp) is var timestamp and not 0 ? timestamp : null;

    public override ProbeFrame? TryBeginFrame()
    {
        Interlocked.CompareExchange(ref _firstCallTimestamp, Stopwatch.GetTimestamp(), 0);
        return null;
    }
}
