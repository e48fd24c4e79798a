using System.Text.Json;

namespace Distro.Debugger.Configuration;

/// <summary>
/// The known properties of one JSON object, matched case-insensitively in a single pass; unknown properties are
/// ignored and, when a name repeats, the last one wins. An absent property reads as <see cref="JsonValueKind.Undefined"/>.
/// </summary>
internal readonly struct JsonFields
{
    private readonly string[] _names;
    private readonly JsonElement[] _values;

    private JsonFields(string[] names, JsonElement[] values)
    {
        _names = names;
        _values = values;
    }

    /// <remarks>
    /// <para><c>names</c>: The property names this object may have; <see cref="this[string]"/> takes the same instances.</para>
    /// </remarks>
    public static JsonFields Read(JsonElement obj, string[] names)
    {
        var values = new JsonElement[names.Length];
        foreach (var property in obj.EnumerateObject())
        {
            var index = IndexOf(names, property.Name);
            if (index >= 0)
            {
                values[index] = property.Value;
            }
        }

        return new JsonFields(names, values);
    }

    public JsonElement this[string name] => _values[Array.IndexOf(_names, name)];

    private static int IndexOf(string[] names, string name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
