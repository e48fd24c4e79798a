using System.Globalization;
using System.Text.Json.Nodes;

namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>Spells a set's version as the SyncedAt cursor, as a JSON number or a JSON string.</summary>
internal static class CursorFormat
{
    public static JsonNode ToJson(long version, CursorKind kind) => kind == CursorKind.String
        ? JsonValue.Create("sync-" + version.ToString(CultureInfo.InvariantCulture))
        : JsonValue.Create(version);
}
