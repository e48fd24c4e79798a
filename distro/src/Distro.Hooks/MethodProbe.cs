namespace Distro.Hooks;

/// <summary>
/// What an instrumented method calls into. <see cref="TryBeginFrame"/> runs on every call of the method and
/// must be cheap and allocation-free when it declines: it is the gate between an armed probe and a capture.
/// </summary>
public abstract class MethodProbe
{
    /// <summary>Returns a frame to observe this call, or null to let it run unobserved.</summary>
    public abstract ProbeFrame? TryBeginFrame();
}
