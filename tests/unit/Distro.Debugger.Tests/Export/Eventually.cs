using System.Diagnostics;

namespace Distro.Debugger.Tests.Export;

/// <summary>Waits for a condition that another thread makes true, up to a deadline: no fixed sleeps.</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static void True(Func<bool> condition, string what) => True(condition, what, DefaultTimeout);

    public static void True(Func<bool> condition, string what, TimeSpan timeout)
    {
        var started = Stopwatch.StartNew();
        var spinner = new SpinWait();
        while (!condition())
        {
            Assert.True(started.Elapsed < timeout, $"Timed out after {timeout.TotalSeconds} s waiting until {what}.");
            spinner.SpinOnce(sleep1Threshold: 10);
        }
    }
}
