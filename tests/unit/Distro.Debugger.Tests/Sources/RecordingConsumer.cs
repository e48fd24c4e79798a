using System.Collections.Concurrent;
using Distro.Debugger.Configuration;
using Distro.Debugger.Sources;

namespace Distro.Debugger.Tests.Sources;

internal sealed class RecordingConsumer : IConfigurationConsumer
{
    private readonly ConcurrentQueue<ConfigurationUpdate> _updates = new();
    private int _failuresLeft;

    public IReadOnlyList<ConfigurationUpdate> Updates => [.. _updates];

    /// <summary>Makes the next <paramref name="count"/> calls throw, as a faulty consumer would.</summary>
    public void FailNext(int count) => Volatile.Write(ref _failuresLeft, count);

    public IReadOnlyList<ConfigurationUpdate> Of(InstrumentationType type) => [.. _updates.Where(update => update.Type == type)];

    public void Apply(ConfigurationUpdate update)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("the consumer failed");
        }

        _updates.Enqueue(update);
    }
}
