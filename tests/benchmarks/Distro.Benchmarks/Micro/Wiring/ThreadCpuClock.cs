using System.Runtime.InteropServices;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>
/// The CPU time the calling thread has run, in nanoseconds (<c>CLOCK_THREAD_CPUTIME_ID</c>): unlike wall time it leaves
/// out the time the thread waited while the process's other threads had the CPUs; and unlike
/// <c>/proc/thread-self/schedstat</c>, which moves only at the scheduler's ticks, it is exact over a few microseconds.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static long Nanoseconds()
    {
        if (ClockGetTime(ThreadCpuTimeClock, out var time) != 0)
        {
            throw new InvalidOperationException($"clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
