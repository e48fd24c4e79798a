using System.Collections;
using System.Globalization;
using Distro.Hooks;

namespace Distro.Runtime.Fixture.Recording;

/// <summary>Turns what the hooks received into stable text for assertions.</summary>
public static class ValueFormatter
{
    public static string Format(object? value) => value switch
    {
        null => "null",
        UncapturedValue uncaptured => $"<{uncaptured.Reason}>",
        string text => $"\"{text}\"",
        char character => $"'{character}'",
        bool flag => flag ? "true" : "false",
        IFormattable formattable => $"{formattable.ToString(null, CultureInfo.InvariantCulture)}:{value.GetType().Name}",
        IEnumerable sequence => "[" + string.Join(", ", sequence.Cast<object?>().Select(Format)) + "]",
        _ => $"{value}:{value.GetType().Name}",
    };

    public static IReadOnlyList<string>? FormatAll(object?[]? values) => values?.Select(Format).ToList();
}
