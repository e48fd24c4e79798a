using Distro.Debugger.Configuration;
using Distro.Debugger.Instrumentation;
using Distro.Debugger.Resolution;
using Distro.Debugger.Snapshots;

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

    /// <summary>Each method this configuration is armed on, with its capture there (method or line).</summary>
    public List<(InstrumentedMethodHost Host, object Capture)> Attachments { get; } = [];

    public PendingResolution? Pending { get; set; }

    public bool IsDisabled { get; set; }
}
