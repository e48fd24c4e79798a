using Distro.Debugger.Instrumentation;
using Distro.Hooks.Control;

namespace Distro.Debugger.Tests.Instrumentation;

public class RewriteStatusWaiterTests
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task WhenProcessed_ManyRewrites_EachCompletesWithItsOwnStatusWithoutAThreadPoolThread()
    {
        var waiter = new RewriteStatusWaiter();
        var released = new ManualResetEventSlim();
        var rewrites = Enumerable.Range(0, 200).Select(index => new BlockingRewrite(released, index)).ToArray();

        var statuses = rewrites.Select(rewrite => waiter.WhenProcessed(rewrite, s_deadline)).ToArray();
        released.Set();

        var results = await Task.WhenAll(statuses).WaitAsync(s_deadline);
        Assert.Equal(Enumerable.Range(0, 200), results.Select(status => status.HResult));
        Assert.All(rewrites, rewrite => Assert.False(rewrite.WaitedOnThreadPool));
    }

    [Fact]
    public async Task WhenProcessed_RewriteThatThrows_CompletesWithAFailedStatusAndTheNextOneStillCompletes()
    {
        var waiter = new RewriteStatusWaiter();

        var failed = waiter.WhenProcessed(new ThrowingRewrite(), s_deadline);
        var next = waiter.WhenProcessed(new BlockingRewrite(new ManualResetEventSlim(initialState: true), 7), s_deadline);

        var failure = await failed.WaitAsync(s_deadline);
        Assert.Equal(InstrumentationState.Failed, failure.State);
        Assert.Contains("status unreadable", failure.Message, StringComparison.Ordinal);
        Assert.Equal(7, (await next.WaitAsync(s_deadline)).HResult);
    }

    private sealed class BlockingRewrite(ManualResetEventSlim released, int id) : IRewriteHandle
    {
        public bool WaitedOnThreadPool { get; private set; }

        public InstrumentationStatus WaitForStatus(TimeSpan timeout)
        {
            WaitedOnThreadPool = Thread.CurrentThread.IsThreadPoolThread;
            released.Wait(timeout);
            return new InstrumentationStatus(InstrumentationState.Requested, InstrumentationFailure.None, id, string.Empty);
        }

        public void Update(MethodInstrumentation instrumentation)
        {
        }

        public void Dispose()
        {
        }
    }

    private sealed class ThrowingRewrite : IRewriteHandle
    {
        public InstrumentationStatus WaitForStatus(TimeSpan timeout) => throw new InvalidOperationException("status unreadable");

        public void Update(MethodInstrumentation instrumentation)
        {
        }

        public void Dispose()
        {
        }
    }
}
