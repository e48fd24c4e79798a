using System.Text.Json;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>Reads a snapshot's JSON body by dotted paths, and asserts facts about it all at once.</summary>
public static class SnapshotBody
{
    public static JsonElement Parse(string? body)
    {
        Assert.False(string.IsNullOrEmpty(body), "The snapshot has no body.");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static bool TryFind(JsonElement root, string path, out JsonElement found)
    {
        found = root;
        foreach (var segment in path.Split('.'))
        {
            if (found.ValueKind == JsonValueKind.Object && found.TryGetProperty(segment, out var child))
            {
                found = child;
            }
            else if (found.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index >= 0 && index < found.GetArrayLength())
            {
                found = found[index];
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A string's own text, any other JSON value's text (<c>true</c>, <c>1500</c>, ...).</summary>
    public static string TextOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>The text at <paramref name="path"/>; fails the test when there is nothing there.</summary>
    public static string Text(JsonElement root, string path)
    {
        Assert.True(TryFind(root, path, out var found), $"The snapshot body has no {path}: {root.GetRawText()}");
        return TextOf(found);
    }

    /// <summary>Fails the test with every fact that does not hold, and the body.</summary>
    public static void AssertHolds(JsonElement root, IEnumerable<ExpectedCapture> expected)
    {
        var mismatches = expected.Select(fact => fact.Mismatch(root)).OfType<string>().ToList();
        Assert.True(
            mismatches.Count == 0,
            $"The snapshot body differs from what was expected:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", mismatches)}{Environment.NewLine}Body: {root.GetRawText()}");
    }
}
