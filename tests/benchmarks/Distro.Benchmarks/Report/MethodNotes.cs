namespace Distro.Benchmarks.Report;

/// <summary>How each figure is measured, as the report states it under the table.</summary>
internal static class MethodNotes
{
    public static IReadOnlyList<string> Lines { get; } =
    [
        "- **1, 2, 3, 7** are BenchmarkDotNet means per operation (default job: pilot, warm-up, 15–100 iterations; loops of " +
        "100 calls or 1,000 iterations per invocation so that a call of a nanosecond is above the timer). Each is compared " +
        "with a baseline measured in the same run: budget 1 in two child processes, one started without the profiler and " +
        "one with it (`CORECLR_ENABLE_PROFILING`, nothing armed); the others in the process with the profiler, against the " +
        "same call of an identical method that is not probed. Allocations are BenchmarkDotNet's MemoryDiagnoser figures, " +
        "which count every thread of the process.",
        "- **2** arms the debugger's real `MethodSnapshotProbe` (through `InstrumentedMethodHost`, as the probe manager " +
        "does) over an `ArmedProbe` with the production rate limit (5 snapshots/s) on the production clock, as a busy " +
        "probe runs: in each second the first five calls take snapshots (to a sink that counts them; a few tens of " +
        "microseconds a second, under a thousandth of a nanosecond per call) and every other call is turned away. " +
        "Set-up checks that the first call produced a snapshot and that a call in a window whose permits are taken did not.",
        "- **3** arms the same probe with no effective rate limit on a method with the reference arguments (three " +
        "primitives, an object with ten fields, a `List<T>` of twenty small objects, a 1,000-character string) and " +
        "captures them with the default limits (strings cut at 255 characters, 20 elements, depth 3) plus the return " +
        "value. The capture rows hand each snapshot to a sink that only counts it, in a process of their own, so that " +
        "BenchmarkDotNet's time and allocations are the capture's alone. In the emission rows the snapshot goes into the real export pipeline: the handoff queue and its thread, which builds the log " +
        "record through the OpenTelemetry logger, the context processor and the bounded batch queue, and the export thread, " +
        "with the console exporter writing to `TextWriter.Null`. On the calling thread this is exactly the production path, " +
        "without needing a collector; the export counts below show whether the queues kept up or dropped. Its budget rows are measured " +
        "after BenchmarkDotNet's run in the same process: nine rounds of 2,000 snapshots, the median round's CPU time of the " +
        "calling thread (`clock_gettime(CLOCK_THREAD_CPUTIME_ID)`) and bytes it allocated (`GC.GetAllocatedBytesForCurrentThread`); " +
        "BenchmarkDotNet's wall time and process-wide allocations are shown beside them. The rate-limiter figure " +
        "is `WindowRateLimiter.TryAcquire` on an exhausted window, against a call that returns the same answer.",
        "- **4** arms, then disarms and waits for the original code to be restored, 200 times over eight methods in " +
        "turn; the latency runs from the request to the first call of the method (a delegate made before arming, as " +
        "frameworks keep them) that reaches the probe. Through the debugger, the configuration goes through " +
        "`ProbeManager.Apply` (diff, resolution by name through reflection, rewrite) and the first call's snapshot " +
        "marks the end.",
        "- **5** launches `MinimalApi.App` (Release) and polls `GET /healthz` every 2 ms from the moment of launch; the " +
        "distro runs through `instrument.sh` with the debugger on, no probes, traces, metrics and logs exporters `none`, " +
        "and a config API address where nothing listens. Plain and distro launches alternate, after one unmeasured launch " +
        "of each.",
        "- **6** runs the three variants side by side, the service pinned to CPU 1 and wrk to CPU 0 (`taskset`), " +
        "each warmed up for at least 90 seconds and until its last three 10-second runs agree within 5 % (tiered " +
        "compilation needs tens of seconds of load on one CPU, and the garbage collector adapts for a while after), at " +
        "most five minutes, then measured in rounds that rotate the order. The load is `POST /api/inventory/reservations` " +
        "(JSON body, model binding, `StockService.Reserve`). The probe variant arms a PROBE on `StockService.Reserve` " +
        "from a probe file; it fires at its rate limit of 5 snapshots/s, and its snapshots go to the console exporter, " +
        "whose lines are counted to show that they were really taken. The resident set is read from `/proc` after the " +
        "last round.",
    ];
}
