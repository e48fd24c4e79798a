using Distro.Debugger.Configuration;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots;
using Distro.Hooks;

namespace Distro.Debugger.Lifecycle;

/// <summary>
/// A configuration the manager holds: armed on its methods, waiting for an assembly to load, failed (reported once),
/// or disabled for good (MaxHits, expiry). Kept until the source drops it, so an unchanged configuration is never
/// applied twice.
/// </summary>
internal sealed class AppliedConfiguration(InstrumentationConfiguration configuration)
{
    public InstrumentationConfiguration Configuration { get; } = configuration;

    public ArmedProbe? Armed { get; set; }

    public List<(InstrumentedMethodHost Host, MethodProbe Probe)> Attachments { get; } = [];

    public PendingResolution? Pending { get; set; }

    public bool IsDisabled { get; set; }
}
