namespace Distro.Runtime.Fixture.Recording;

/// <summary>One hook call as the fixture reports it; values are formatted by <see cref="ValueFormatter"/>.</summary>
public sealed record RecordedEvent(
    string Kind,
    int Frame,
    string? Instance = null,
    IReadOnlyList<string>? Arguments = null,
    string? ReturnValue = null,
    string? ExceptionType = null,
    string? ExceptionMessage = null,
    long ElapsedTicks = 0,
    IReadOnlyDictionary<string, string>? Locals = null,
    IReadOnlyDictionary<string, string>? InstanceFields = null,
    IReadOnlyList<IReadOnlyDictionary<string, string>?>? ArgumentFields = null);
