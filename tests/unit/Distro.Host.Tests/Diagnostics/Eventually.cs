using System.Diagnostics;

namespace Distro.Host.Tests.Diagnostics;

/// <summary>Waits for a condition that another thread makes true, up to a deadline: no fixed sleeps.</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static void True(Func<bool> condition, Func<string> what)
    {
        var started = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(started.Elapsed < DefaultTimeout, $"Timed out after {DefaultTimeout.TotalSeconds} s waiting until {what()}.");
            Thread.Sleep(TimeSpan.FromMilliseconds(20));
        }
    }
}
