using System.Collections.Concurrent;
using Distro.Debugger.Lifecycle;
using Distro.Debugger.Tests.Sources;

namespace Distro.Debugger.Tests.Lifecycle;

public class AssemblyLoadRetriesTests
{
    [Fact]
    public async Task Loaded_WhileTheGateIsHeld_LeavesNoThreadWaitingAndRetriesEveryNameOnceReleased()
    {
        var gate = new object();
        var retried = new ConcurrentQueue<string>();
        var retries = new AssemblyLoadRetries(gate, names =>
        {
            Assert.True(Monitor.IsEntered(gate));
            foreach (var name in names)
            {
                retried.Enqueue(name);
            }
        });

        var holding = new SemaphoreSlim(0);
        var release = new SemaphoreSlim(0);
        var holder = Task.Run(() =>
        {
            lock (gate)
            {
                holding.Release();
                release.Wait();
            }

            retries.GateReleased();
        });
        await holding.WaitAsync();
        for (var index = 0; index < 50; index++)
        {
            retries.Loaded($"Plugin{index}");
        }

        await Eventually.UntilAsync(() => !retries.IsScheduled, "the retry gave up the held gate instead of waiting for it");
        Assert.Empty(retried);
        release.Release();
        await holder;

        await Eventually.UntilAsync(() => retried.Count == 50, "every name was retried after the gate was released");
        Assert.Equal(Enumerable.Range(0, 50).Select(index => $"Plugin{index}").Order(), retried.Order());
    }

    [Fact]
    public async Task Loaded_GateFree_RetriesTheNameWithoutAnyRelease()
    {
        var retried = new ConcurrentQueue<string>();
        var retries = new AssemblyLoadRetries(new object(), names => names.ToList().ForEach(retried.Enqueue));

        retries.Loaded("Acme.Plugins");

        await Eventually.UntilAsync(() => retried.Contains("Acme.Plugins"), "the loaded assembly's name was retried");
    }

    [Fact]
    public async Task Loaded_RetryThatThrows_DoesNotStopLaterRetries()
    {
        var calls = 0;
        var retried = new ConcurrentQueue<string>();
        var retries = new AssemblyLoadRetries(new object(), names =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new InvalidOperationException("resolution failed");
            }

            names.ToList().ForEach(retried.Enqueue);
        });

        retries.Loaded("First");
        await Eventually.UntilAsync(() => Volatile.Read(ref calls) == 1 && !retries.IsScheduled, "the first retry ran");
        retries.Loaded("Second");

        await Eventually.UntilAsync(() => retried.Contains("Second"), "the next name was retried");
    }
}
