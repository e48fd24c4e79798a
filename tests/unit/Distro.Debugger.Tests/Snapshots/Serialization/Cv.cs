namespace Distro.Debugger.Tests.Snapshots.Serialization;

/// <summary>Expected captured-value JSON, built compactly so that tests can compare whole documents.</summary>
internal static class Cv
{
    public static string Value(string type, string value) => $$"""{"type":"{{type}}","value":"{{value}}"}""";

    public static string Int(int value) => Value("System.Int32", value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Str(string value) => Value("System.String", value);

    public static string Bool(bool value) => Value("System.Boolean", value ? "true" : "false");

    public static string Null(string type) => $$"""{"type":"{{type}}","is_null":true}""";

    public static string NotCaptured(string type, string reason) => $$"""{"type":"{{type}}","not_captured_reason":"{{reason}}"}""";

    public static string Fields(string type, string fields) => $$"""{"type":"{{type}}","fields":{""" + fields + "}}";

    public static string Elements(string type, int size, params string[] elements) =>
        $$"""{"type":"{{type}}","elements":[{{string.Join(",", elements)}}],{{Truncation(size, elements.Length)}}"size":{{size}}}""";

    public static string Entry(string key, string value) => $$"""{"key":{{key}},"value":{{value}}}""";

    public static string Entries(string type, int size, params string[] entries) =>
        $$"""{"type":"{{type}}","entries":[{{string.Join(",", entries)}}],{{Truncation(size, entries.Length)}}"size":{{size}}}""";

    private static string Truncation(int size, int written) => size > written ? "\"truncated\":true," : string.Empty;
}
