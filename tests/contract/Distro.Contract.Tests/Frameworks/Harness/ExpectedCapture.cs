using System.Globalization;
using System.Text.Json;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>
/// One fact about a snapshot's JSON body, at a dotted path such as <c>captures.entry.arguments.customerId.value</c>
/// (a number in the path indexes an array): its text, or the length of the string or array there.
/// </summary>
public sealed record ExpectedCapture(string Path, string? Text, int? Length)
{
    public static ExpectedCapture Value(string path, string text) => new(path, text, null);

    public static ExpectedCapture Count(string path, int length) => new(path, null, length);

    /// <summary>Null when the body holds this fact, else what differs.</summary>
    public string? Mismatch(JsonElement body)
    {
        if (!SnapshotBody.TryFind(body, Path, out var found))
        {
            return $"{Path}: absent";
        }

        if (Text is not null)
        {
            var actual = SnapshotBody.TextOf(found);
            return actual == Text ? null : $"{Path}: expected '{Text}', found '{actual}'";
        }

        var length = found.ValueKind switch
        {
            JsonValueKind.String => found.GetString()!.Length,
            JsonValueKind.Array => found.GetArrayLength(),
            _ => -1,
        };
        return length == Length ? null : string.Create(CultureInfo.InvariantCulture, $"{Path}: expected length {Length}, found {length} ({found.ValueKind})");
    }

    public override string ToString() => Text is not null ? $"{Path} = '{Text}'" : $"{Path} has length {Length}";
}
