namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>The JSON type of the SyncedAt cursor the mock hands out; clients must echo either back exactly.</summary>
public enum CursorKind
{
    /// <summary>A JSON number, e.g. 1764151200000123.</summary>
    Number,

    /// <summary>A JSON string, e.g. "sync-1764151200000123".</summary>
    String,
}
