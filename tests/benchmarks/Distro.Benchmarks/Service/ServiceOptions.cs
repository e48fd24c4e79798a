namespace Distro.Benchmarks.Service;

/// <summary>Reads what the service commands share: the app, the repository's instrument.sh, and a working folder for the probe file.</summary>
internal static class ServiceOptions
{
    public const string App = "app";
    public const string Instrument = "instrument";

    public static ServiceSetup Setup(CommandOptions options, string workDirectory, string? cpus)
    {
        var app = Path.GetFullPath(options.Required(App));
        if (!File.Exists(app))
        {
            throw new FileNotFoundException($"the service is not built: {app}");
        }

        var instrument = Path.GetFullPath(options.Text(Instrument, Path.Combine(Environment.CurrentDirectory, "instrument.sh")));
        if (!File.Exists(instrument))
        {
            throw new FileNotFoundException($"instrument.sh is not at {instrument}; run from the repository root or pass --{Instrument}");
        }

        Directory.CreateDirectory(workDirectory);
        var probeFile = Path.Combine(workDirectory, "probes.json");
        File.WriteAllText(probeFile, HotEndpoint.ProbeFile);
        return new ServiceSetup(app, instrument, probeFile, cpus);
    }
}
