using System.Globalization;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>
/// The CPU time the calling thread has run, in nanoseconds, from the scheduler's own account (<c>/proc/thread-self/schedstat</c>):
/// unlike wall time it leaves out the time the thread waited while the process's other threads had the CPUs.
/// </summary>
internal static class ThreadCpuClock
{
    public static long Nanoseconds()
    {
        var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ', 2);
        return long.Parse(fields[0], CultureInfo.InvariantCulture);
    }
}
