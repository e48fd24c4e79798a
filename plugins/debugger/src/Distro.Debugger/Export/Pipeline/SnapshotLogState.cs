using System.Collections;
using System.Text;

namespace Distro.Debugger.Export.Pipeline;

/// <summary>
/// The ILogger state of one snapshot: its attributes become the log record's attributes, its body text the record's
/// body, and <see cref="SnapshotContextProcessor"/> finds the snapshot's time and trace context through it.
/// </summary>
internal sealed class SnapshotLogState(Snapshot snapshot) : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The ILogger formatter: the formatted message becomes the record's body.</summary>
    public static readonly Func<SnapshotLogState, Exception?, string> FormatBody = static (state, _) => state.BodyText;

    public Snapshot Snapshot { get; } = snapshot;

    public string BodyText { get; } = Encoding.UTF8.GetString(snapshot.Body.Span);

    public int Count => Snapshot.Attributes.Count;

    public KeyValuePair<string, object?> this[int index] => Snapshot.Attributes[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Snapshot.Attributes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
