using System.Text.Json;
using System.Text.Json.Nodes;

namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>
/// A SyncedAt value as JSON: its kind and its text. Two cursors are equal only when both match, so
/// <c>123</c>, <c>"123"</c> and <c>123.0</c> are three different cursors, as an exact echo requires.
/// </summary>
public sealed record SyncCursor(JsonValueKind Kind, string Json)
{
    public override string ToString() => Json;

    /// <summary>Null for an absent or JSON null value.</summary>
    internal static SyncCursor? From(JsonNode? node) =>
        node is null ? null : new SyncCursor(node.GetValueKind(), node.ToJsonString());
}
