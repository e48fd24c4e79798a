namespace Distro.Benchmarks.Arming;

/// <summary>
/// How the thread that calls the armed method behaves while the rewrite is applied. The runtime applies a rewrite with
/// every managed thread stopped at a safe point: a thread that never leaves managed code takes longest to stop.
/// </summary>
internal enum CallerPace
{
    /// <summary>Calls in a tight loop, never leaving managed code: the slowest case.</summary>
    Busy,

    /// <summary>Yields the processor between calls, as a thread that waits on I/O or locks does.</summary>
    Yielding,
}
