using System.Collections.Concurrent;

namespace Distro.Host.Tests.Plugins;

/// <summary>
/// What the test plugins were called with, in order. Plugins are created by the host from their names, so they report
/// here; the tests that read it run one at a time in the <see cref="Collection"/> collection.
/// </summary>
internal static class PluginCalls
{
    public const string Collection = "Plugins called through static state";

    private static readonly ConcurrentQueue<string> s_calls = new();

    public static IReadOnlyList<string> All => [.. s_calls];

    public static void Record(string call) => s_calls.Enqueue(call);

    public static void Clear() => s_calls.Clear();
}

[CollectionDefinition(PluginCalls.Collection, DisableParallelization = true)]
public sealed class PluginCallsCollection;
