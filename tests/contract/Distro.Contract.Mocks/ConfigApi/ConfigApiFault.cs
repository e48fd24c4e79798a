namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>Ways for the mock DI configuration API to misbehave, for tests of clients' backoff and resilience.</summary>
public enum ConfigApiFault
{
    /// <summary>500 with a JSON error body.</summary>
    InternalServerError,

    /// <summary>404 with a JSON error body, whatever the configurations are.</summary>
    NotFound,

    /// <summary>Never answers: holds the request until the client gives up or the mock stops.</summary>
    Hang,

    /// <summary>Drops the connection without an answer.</summary>
    CloseConnection,

    /// <summary>200 with a truncated JSON body.</summary>
    MalformedJson,
}
