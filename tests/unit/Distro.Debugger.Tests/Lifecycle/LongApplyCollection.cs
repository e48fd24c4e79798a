namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>
/// Tests that keep a probe manager applying for seconds run alone: meanwhile every assembly another test loads parks
/// a thread-pool thread on that manager's lock, and the other tests' background work waits for a thread.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LongApplyCollection
{
    public const string Name = "Long probe manager applies";
}
