namespace Distro.Hooks;

/// <summary>
/// The table from the probe ids baked into rewritten IL to the probes they call. Ids are never reused, so a
/// call still running old code after its probe was removed finds an empty slot, not someone else's probe.
/// Reads are lock-free: writers replace the whole array.
/// </summary>
public static class ProbeRegistry
{
    private static readonly Lock s_gate = new();
    private static MethodProbe?[] s_probes = new MethodProbe?[64];
    private static int s_lastId;

    /// <summary>Registers a probe and returns its id (never 0).</summary>
    public static int Register(MethodProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        lock (s_gate)
        {
            var id = ++s_lastId;
            var probes = s_probes;
            if (id >= probes.Length)
            {
                var grown = new MethodProbe?[probes.Length * 2];
                Array.Copy(probes, grown, probes.Length);
                probes = grown;
            }

            probes[id] = probe;
            Volatile.Write(ref s_probes, probes);
            return id;
        }
    }

    /// <summary>Replaces the probe behind an id, for instance to change what an instrumented method captures without rewriting it again.</summary>
    public static void Replace(int id, MethodProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        lock (s_gate)
        {
            if (id <= 0 || id > s_lastId)
            {
                throw new ArgumentOutOfRangeException(nameof(id), id, "no probe was registered with this id");
            }

            Volatile.Write(ref s_probes[id], probe);
        }
    }

    public static void Unregister(int id)
    {
        lock (s_gate)
        {
            if (id > 0 && id < s_probes.Length)
            {
                Volatile.Write(ref s_probes[id], null);
            }
        }
    }

    internal static MethodProbe? Find(int id)
    {
        var probes = Volatile.Read(ref s_probes);
        return (uint)id < (uint)probes.Length ? probes[id] : null;
    }
}
