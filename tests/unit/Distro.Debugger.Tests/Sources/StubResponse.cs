namespace Distro.Debugger.Tests.Sources;

/// <summary>How the <see cref="ConfigApiStub"/> answers one request.</summary>
internal abstract record StubResponse
{
    public static StubResponse NotFound { get; } = new Status(404);

    public static StubResponse Json(string body) => new Body(200, body);

    public static StubResponse ServerError { get; } = new Status(500);

    /// <summary>Never answers, until the stub stops.</summary>
    public static StubResponse Hang { get; } = new Hanging();

    /// <summary>Drops the connection without an answer.</summary>
    public static StubResponse Close { get; } = new Closing();

    public sealed record Status(int Code) : StubResponse;

    public sealed record Body(int Code, string Text) : StubResponse;

    public sealed record Hanging : StubResponse;

    public sealed record Closing : StubResponse;

    /// <summary>A 200 of <paramref name="Length"/> bytes of whitespace, written as long as the client reads.</summary>
    /// <remarks><para><c>AnnounceLength</c>: Send a Content-Length rather than chunks.</para></remarks>
    public sealed record Huge(long Length, bool AnnounceLength) : StubResponse;
}
