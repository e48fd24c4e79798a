namespace Distro.Hooks;

/// <summary>
/// The ids baked into rewritten IL and the probes they call (method probes and line probes share one id space).
/// Bounded: at most <see cref="Capacity"/> probes at once. A removed probe's slot is reused under a new id, and an id
/// is never handed out twice, so a call still running old code after its probe was removed finds no probe, never
/// someone else's. See <see cref="ProbeTable"/>.
/// </summary>
public static class ProbeRegistry
{
    /// <summary>The most probes registered at once.</summary>
    public const int Capacity = 1 << SlotBits;

    private const int SlotBits = 16;
    private const int GenerationBits = 15;

    private static readonly ProbeTable s_table = new(SlotBits, GenerationBits);

    /// <summary>Registers a method probe and returns its id, or 0 when the registry is full.</summary>
    public static int Register(MethodProbe probe) => s_table.Register(probe);

    /// <summary>Registers a line probe and returns its id, or 0 when the registry is full.</summary>
    public static int Register(LineProbe probe) => s_table.Register(probe);

    public static void Unregister(int id) => s_table.Unregister(id);

    internal static T? Find<T>(int id)
        where T : class => s_table.Find<T>(id);
}
