namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>How listings are answered; replaced as a whole so a request always sees one consistent value.</summary>
internal sealed record ListingSettings(CursorKind CursorKind, int? PageSize, int? SyncIntervalSeconds, bool NotFoundWhenEmpty);
