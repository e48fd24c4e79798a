using System.Collections;
using System.Diagnostics;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>
/// The attributes of one snapshot's log record, built when first read: on the thread that exports the snapshot, not on
/// the application's thread that captured it (the snapshot id alone asks the kernel for random bytes). Holds what it
/// needs to build them: the probe's configuration, the target, the call's context and what it threw. Thread-safe.
/// </summary>
internal sealed class SnapshotAttributeList(
    InstrumentationConfiguration configuration,
    ProbeTarget target,
    CallContext context,
    string level,
    long durationTicks,
    Exception? thrown) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private List<KeyValuePair<string, object?>>? _attributes;

    public int Count => Attributes.Count;

    private List<KeyValuePair<string, object?>> Attributes
    {
        get
        {
            var built = Volatile.Read(ref _attributes);
            if (built is not null)
            {
                return built;
            }

            // Two threads may build at once; one list wins, so the snapshot keeps one id.
            built = Build();
            return Interlocked.CompareExchange(ref _attributes, built, null) ?? built;
        }
    }

    public KeyValuePair<string, object?> this[int index] => Attributes[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Attributes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<KeyValuePair<string, object?>> Build()
    {
        var attributes = new List<KeyValuePair<string, object?>>(17)
        {
            new(SnapshotAttributes.SnapshotId, Guid.NewGuid().ToString()),
            new(SnapshotAttributes.LocationHash, configuration.LocationHash),
            new(SnapshotAttributes.InstrumentationType, WireNames.Of(configuration.Type)),
            new(SnapshotAttributes.InstrumentationLevel, level),
            new(SnapshotAttributes.DurationMs, durationTicks * 1000.0 / Stopwatch.Frequency),
            new(SnapshotAttributes.CodeUnit, target.CodeUnit),
            new(SnapshotAttributes.ClassName, target.ClassName),
            new(SnapshotAttributes.MethodName, target.MethodName),
            new(SnapshotAttributes.ThreadId, (long)context.ThreadId),
            new(SnapshotAttributes.ThreadName, context.ThreadName ?? string.Empty),
            new(SnapshotAttributes.CodeFunctionName, target.FunctionName),
        };
        if (target.FilePath is { } file)
        {
            attributes.Add(new(SnapshotAttributes.FilePath, file));
            attributes.Add(new(SnapshotAttributes.CodeFilePath, file));
        }

        if (target.LineNumber > 0)
        {
            attributes.Add(new(SnapshotAttributes.LineNumber, (long)target.LineNumber));
            attributes.Add(new(SnapshotAttributes.CodeLineNumber, (long)target.LineNumber));
        }

        if (thrown is not null)
        {
            attributes.Add(new(SnapshotAttributes.ExceptionType, thrown.GetType().FullName));
            attributes.Add(new(SnapshotAttributes.ExceptionMessage, ExceptionMessages.Read(thrown) ?? string.Empty));
        }

        return attributes;
    }
}
