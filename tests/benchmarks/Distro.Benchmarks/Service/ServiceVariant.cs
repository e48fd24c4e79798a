namespace Distro.Benchmarks.Service;

/// <summary>How the measured service is started.</summary>
internal enum ServiceVariant
{
    /// <summary>Plain <c>dotnet</c>: the baseline.</summary>
    Plain,

    /// <summary>Through <c>instrument.sh</c>, the debugger enabled, no probes.</summary>
    Distro,

    /// <summary>As <see cref="Distro"/>, with a probe file arming a probe on the hot endpoint's service method.</summary>
    DistroWithProbe,
}
