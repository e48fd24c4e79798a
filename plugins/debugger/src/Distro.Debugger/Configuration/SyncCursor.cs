namespace Distro.Debugger.Configuration;

/// <summary>
/// The config API's opaque <c>SyncedAt</c>, kept as the JSON text it was received as (a string, a number or
/// anything else) so that it is echoed back byte for byte. Only the parser creates cursors, from JSON it has validated.
/// </summary>
internal sealed record SyncCursor(string RawJson);
