namespace Distro.Benchmarks.Service;

/// <summary>What every launch of the measured service shares: the app, the distro, where the probe file is, and the CPU it runs on.</summary>
/// <param name="AppPath">The service's built <c>.dll</c> (MinimalApi.App, Release).</param>
/// <param name="InstrumentScript">The repository's <c>instrument.sh</c>.</param>
/// <param name="ProbeFile">The probe file of <see cref="ServiceVariant.DistroWithProbe"/>.</param>
/// <param name="Cpus">The CPU list the service is pinned to (taskset), or null to let it run anywhere.</param>
internal sealed record ServiceSetup(string AppPath, string InstrumentScript, string ProbeFile, string? Cpus);
