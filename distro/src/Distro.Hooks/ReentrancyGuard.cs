namespace Distro.Hooks;

/// <summary>
/// Marks the threads that are running probe code, so that anything the probe code calls that is itself
/// instrumented runs unobserved instead of recursing into another capture.
/// </summary>
public static class ReentrancyGuard
{
    [ThreadStatic]
    private static int s_depthOnThread;

    public static bool IsActive => s_depthOnThread != 0;

    /// <summary>Marks the current thread until the returned scope is disposed.</summary>
    public static Scope Enter()
    {
        s_depthOnThread++;
        return default;
    }

    public readonly struct Scope : IDisposable
    {
        public void Dispose() => s_depthOnThread--;
    }
}
