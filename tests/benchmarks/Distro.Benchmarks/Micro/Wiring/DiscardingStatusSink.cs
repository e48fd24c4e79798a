using Distro.Debugger.Configuration;
using Distro.Debugger.Status;

namespace Distro.Benchmarks.Micro.Wiring;

/// <summary>Status transitions go nowhere: the benchmarks have no config API to report to.</summary>
internal sealed class DiscardingStatusSink : IStatusSink
{
    public void Report(ConfigurationStatus status)
    {
    }
}
