using System.Collections.Concurrent;
using Distro.Debugger.Configuration;
using Distro.Debugger.Status;

namespace Distro.Debugger.Tests.Status;

internal sealed class RecordingSink : IStatusSink
{
    private readonly ConcurrentQueue<ConfigurationStatus> _statuses = new();

    public IReadOnlyList<ConfigurationStatus> Statuses => [.. _statuses];

    public IReadOnlyList<InstrumentationStatus> Kinds => [.. _statuses.Select(status => status.Status)];

    public void Report(ConfigurationStatus status) => _statuses.Enqueue(status);
}
