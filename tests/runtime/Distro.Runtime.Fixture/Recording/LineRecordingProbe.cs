using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Distro.Hooks;

namespace Distro.Runtime.Fixture.Recording;

/// <summary>
/// A line probe that records what the line hook received: <c>this</c> (and its fields, which hold an async method's
/// or a lambda's variables), the arguments (and the fields of a closure passed as one, as a local function receives
/// the variables it captured), and the requested locals under their source names. Its events have the kind given,
/// so that the probes of several lines in one method can be told apart.
/// </summary>
public sealed class LineRecordingProbe(IReadOnlyList<string> localNames, string kind = "line") : LineProbe
{
    private readonly ConcurrentQueue<RecordedEvent> _events = new();
    private int _hits;

    public IReadOnlyList<RecordedEvent> TakeEvents()
    {
        var events = new List<RecordedEvent>();
        while (_events.TryDequeue(out var recorded))
        {
            events.Add(recorded);
        }

        return events;
    }

    public override bool TryBegin() => true;

    public override void OnLine(object? instance, object?[]? arguments, object?[]? locals)
    {
        var named = new Dictionary<string, string>();
        for (var i = 0; i < localNames.Count && locals is not null && i < locals.Length; i++)
        {
            named[localNames[i]] = ValueFormatter.Format(locals[i]);
        }

        _events.Enqueue(new RecordedEvent(
            kind,
            Interlocked.Increment(ref _hits),
            ValueFormatter.Format(instance),
            ValueFormatter.FormatAll(arguments),
            Locals: named,
            InstanceFields: FieldsOf(instance),
            ArgumentFields: arguments?.Select(argument => IsClosure(argument) ? FieldsOf(argument) : null).ToList()));
    }

    private static bool IsClosure(object? value) => value?.GetType().IsDefined(typeof(CompilerGeneratedAttribute)) == true;

    private static Dictionary<string, string>? FieldsOf(object? instance) =>
        instance is null || instance is UncapturedValue || instance.GetType().Namespace is "System"
            ? null
            : instance.GetType()
                .GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .ToDictionary(field => field.Name, field => ValueFormatter.Format(field.GetValue(instance)));
}
