using System.Globalization;

namespace Distro.Benchmarks;

/// <summary>A command's <c>--name value</c> options; what is not an option is kept, in order, as the remaining arguments.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known;

    public CommandOptions(IEnumerable<string> arguments, params string[] known)
    {
        _known = [.. known];
        var remaining = new List<string>();
        using var enumerator = arguments.GetEnumerator();
        while (enumerator.MoveNext())
        {
            var argument = enumerator.Current;
            if (argument.StartsWith("--", StringComparison.Ordinal) && _known.Contains(argument[2..]))
            {
                _values[argument[2..]] = enumerator.MoveNext() ? enumerator.Current : throw new ArgumentException($"{argument} needs a value");
            }
            else
            {
                remaining.Add(argument);
            }
        }

        Remaining = remaining;
    }

    /// <summary>The arguments that are not options this command knows.</summary>
    public IReadOnlyList<string> Remaining { get; }

    public string Text(string name, string fallback) => _values.GetValueOrDefault(name) ?? fallback;

    public string Required(string name) => _values.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required");

    public int Integer(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}
