namespace Distro.Benchmarks.Service;

/// <summary>How wrk loads the service: threads, connections, duration, script, and the CPUs wrk is pinned to.</summary>
internal sealed record WrkSettings(int Threads, int Connections, TimeSpan Duration, string ScriptPath, string Cpus);
