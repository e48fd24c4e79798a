namespace Distro.Hooks;

/// <summary>
/// The table from the probe ids baked into rewritten IL to the probes they call (method probes and line probes
/// share one id space). Ids are never reused, so a call still running old code after its probe was removed finds
/// an empty slot, not someone else's probe. Reads are lock-free: writers replace the whole array.
/// </summary>
public static class ProbeRegistry
{
    private static readonly object s_gate = new();
    private static object?[] s_probes = new object?[64];
    private static int s_lastId;

    /// <summary>Registers a method probe and returns its id (never 0).</summary>
    public static int Register(MethodProbe probe) => RegisterAny(probe);

    /// <summary>Registers a line probe and returns its id (never 0).</summary>
    public static int Register(LineProbe probe) => RegisterAny(probe);

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

    internal static T? Find<T>(int id)
        where T : class
    {
        var probes = Volatile.Read(ref s_probes);
        return (uint)id < (uint)probes.Length ? probes[id] as T : null;
    }

    private static int RegisterAny(object probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        lock (s_gate)
        {
            var id = ++s_lastId;
            var probes = s_probes;
            if (id >= probes.Length)
            {
                var grown = new object?[probes.Length * 2];
                Array.Copy(probes, grown, probes.Length);
                probes = grown;
            }

            probes[id] = probe;
            Volatile.Write(ref s_probes, probes);
            return id;
        }
    }
}
