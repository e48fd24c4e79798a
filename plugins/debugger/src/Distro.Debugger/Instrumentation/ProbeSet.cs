using Distro.Hooks;

namespace Distro.Debugger.Instrumentation;

/// <summary>
/// All the probes armed on one method, behind the single <see cref="MethodProbe"/> the rewritten method calls. Adding or
/// removing a probe swaps an immutable array: no rewrite, and the other probes on the method are not disturbed.
/// </summary>
internal sealed class ProbeSet : MethodProbe
{
    private MethodProbe[] _probes = [];

    public int Count => Volatile.Read(ref _probes).Length;

    public void Add(MethodProbe probe)
    {
        while (true)
        {
            var current = Volatile.Read(ref _probes);
            if (Interlocked.CompareExchange(ref _probes, [.. current, probe], current) == current)
            {
                return;
            }
        }
    }

    /// <summary>Removes a probe; returns the number of probes left.</summary>
    public int Remove(MethodProbe probe)
    {
        while (true)
        {
            var current = Volatile.Read(ref _probes);
            var remaining = current.Where(candidate => !ReferenceEquals(candidate, probe)).ToArray();
            if (Interlocked.CompareExchange(ref _probes, remaining, current) == current)
            {
                return remaining.Length;
            }
        }
    }

    public override ProbeFrame? TryBeginFrame()
    {
        var probes = Volatile.Read(ref _probes);
        if (probes.Length == 1)
        {
            return probes[0].TryBeginFrame();
        }

        ProbeFrame? first = null;
        List<ProbeFrame>? all = null;
        foreach (var probe in probes)
        {
            if (probe.TryBeginFrame() is not { } frame)
            {
                continue;
            }

            if (first is null)
            {
                first = frame;
            }
            else
            {
                all ??= [first];
                all.Add(frame);
            }
        }

        return all is null ? first : new CompositeFrame(all);
    }
}
