using System.Text.Json.Nodes;
using Distro.Contract.Mocks.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>
/// An in-process stand-in for the CloudWatch agent's DI configuration API (normally on :2000), on
/// 127.0.0.1 with a port the OS chooses. Tests set the configurations per service, environment and
/// instrumentation type; the mock answers listings with cursors and pages as the agent does, records
/// every request and status, lets tests wait for them with a deadline, and can be told to misbehave.
/// </summary>
public sealed class MockConfigApi : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConfigApiState _state;

    private MockConfigApi(LoopbackServer server, ConfigApiState state)
    {
        _server = server;
        _state = state;
        ApiUrl = $"http://127.0.0.1:{server.Ports[0]}";
    }

    /// <summary>The value for OTEL_AWS_DYNAMIC_INSTRUMENTATION_API_URL, without a trailing slash.</summary>
    public string ApiUrl { get; }

    public Uri ListConfigurationsUri => new(ApiUrl + ListConfigurationsEndpoint.Path);

    public Uri ReportStatusUri => new(ApiUrl + ReportStatusEndpoint.Path);

    /// <summary>The JSON type of the cursors handed out from now on (a number by default).</summary>
    public CursorKind CursorKind
    {
        get => _state.Settings.CursorKind;
        set => _state.Settings = _state.Settings with { CursorKind = value };
    }

    /// <summary>Configurations per page; null (the default) answers the whole set at once.</summary>
    public int? PageSize
    {
        get => _state.Settings.PageSize;
        set
        {
            if (value is { } size)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
            }

            _state.Settings = _state.Settings with { PageSize = value };
        }
    }

    /// <summary>The SyncInterval (seconds) added to every listing answer; null (the default) leaves it out.</summary>
    public int? SyncIntervalSeconds
    {
        get => _state.Settings.SyncIntervalSeconds;
        set => _state.Settings = _state.Settings with { SyncIntervalSeconds = value };
    }

    /// <summary>
    /// True (the default, as the agent does): an empty set is answered with 404. False: with Changed:true
    /// and an empty LatestConfigurations.
    /// </summary>
    public bool NotFoundWhenEmpty
    {
        get => _state.Settings.NotFoundWhenEmpty;
        set => _state.Settings = _state.Settings with { NotFoundWhenEmpty = value };
    }

    public IReadOnlyList<RecordedListRequest> ListRequests => _state.ListRequests.Snapshot();

    /// <summary>Every status batch, refused ones included.</summary>
    public IReadOnlyList<StatusReport> StatusReports => _state.StatusReports.Snapshot();

    /// <summary>The statuses of accepted batches, in arrival order.</summary>
    public IReadOnlyList<ReportedStatus> Statuses => _state.Statuses.Snapshot();

    public static async Task<MockConfigApi> StartAsync(CancellationToken cancellationToken = default)
    {
        var state = new ConfigApiState();
        try
        {
            var server = await LoopbackServer.StartAsync(
                [HttpProtocols.Http1],
                _ => { },
                app =>
                {
                    app.MapPost(ListConfigurationsEndpoint.Path, http => ListConfigurationsEndpoint.HandleAsync(http, state));
                    app.MapPost(ReportStatusEndpoint.Path, http => ReportStatusEndpoint.HandleAsync(http, state));
                },
                cancellationToken).ConfigureAwait(false);
            return new MockConfigApi(server, state);
        }
        catch
        {
            state.Dispose();
            throw;
        }
    }

    /// <summary>Replaces the whole set of one type with these configuration objects, listed as given.</summary>
    public void SetConfigurations(
        string service, string environment, InstrumentationType type, IEnumerable<JsonObject> configurations)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        _state.Sets.Replace(new ConfigurationSetKey(service, environment, type), [.. configurations.Select(Store)]);
    }

    /// <summary>Replaces the whole set of one type from JSON text: an array of configuration objects.</summary>
    public void SetConfigurations(string service, string environment, InstrumentationType type, string configurationsJson)
    {
        var array = JsonNode.Parse(configurationsJson) as JsonArray
            ?? throw new ArgumentException("Expected a JSON array of configurations.", nameof(configurationsJson));
        SetConfigurations(
            service,
            environment,
            type,
            array.Select(item => item as JsonObject
                ?? throw new ArgumentException("Every configuration must be a JSON object.", nameof(configurationsJson))));
    }

    /// <summary>
    /// Adds a configuration, or replaces the one with the same LocationHash, in the set of its own
    /// InstrumentationType.
    /// </summary>
    public void PutConfiguration(string service, string environment, JsonObject configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var stored = Store(configuration);
        if (stored.LocationHash.Length == 0)
        {
            throw new ArgumentException("The configuration needs a LocationHash.", nameof(configuration));
        }

        if (!InstrumentationTypeNames.TryParse(ConfigApiJson.StringOf(configuration, "InstrumentationType"), out var type))
        {
            throw new ArgumentException("The configuration needs an InstrumentationType of PROBE or BREAKPOINT.", nameof(configuration));
        }

        _state.Sets.Put(new ConfigurationSetKey(service, environment, type), stored);
    }

    /// <inheritdoc cref="PutConfiguration(string, string, JsonObject)"/>
    public void PutConfiguration(string service, string environment, string configurationJson) =>
        PutConfiguration(
            service,
            environment,
            JsonNode.Parse(configurationJson) as JsonObject
                ?? throw new ArgumentException("Expected a JSON object.", nameof(configurationJson)));

    /// <summary>Removes one configuration; false when the set had none with that LocationHash.</summary>
    public bool RemoveConfiguration(string service, string environment, InstrumentationType type, string locationHash) =>
        _state.Sets.Remove(new ConfigurationSetKey(service, environment, type), locationHash);

    public void RemoveAllConfigurations(string service, string environment, InstrumentationType type) =>
        _state.Sets.Replace(new ConfigurationSetKey(service, environment, type), []);

    /// <summary>The cursor a listing of that set would answer with now.</summary>
    public SyncCursor CurrentCursor(string service, string environment, InstrumentationType type)
    {
        var version = _state.Sets.Get(new ConfigurationSetKey(service, environment, type)).Version;
        return SyncCursor.From(CursorFormat.ToJson(version, CursorKind))!;
    }

    /// <summary>Completes with the first accepted status for that location with that Status (READY, ACTIVE, ...).</summary>
    /// <exception cref="TimeoutException">The deadline passed first; the message lists the statuses that did arrive.</exception>
    public async Task<ReportedStatus> WaitForStatusAsync(
        string locationHash, string status, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var matches = await WaitForStatusesAsync(
            s => s.LocationHash == locationHash && s.Status == status, 1, timeout, cancellationToken).ConfigureAwait(false);
        return matches[0];
    }

    /// <summary>Completes with all accepted statuses that match once at least <paramref name="count"/> do.</summary>
    /// <exception cref="TimeoutException">The deadline passed first; the message lists what did arrive.</exception>
    public Task<IReadOnlyList<ReportedStatus>> WaitForStatusesAsync(
        Func<ReportedStatus, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _state.Statuses.WaitForAsync(match, count, timeout, cancellationToken);

    /// <inheritdoc cref="WaitForStatusesAsync"/>
    public Task<IReadOnlyList<StatusReport>> WaitForStatusReportsAsync(
        Func<StatusReport, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _state.StatusReports.WaitForAsync(match, count, timeout, cancellationToken);

    /// <summary>Completes with the first recorded listing request that matches.</summary>
    /// <exception cref="TimeoutException">The deadline passed first; the message lists what did arrive.</exception>
    public async Task<RecordedListRequest> WaitForListRequestAsync(
        Func<RecordedListRequest, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var matches = await WaitForListRequestsAsync(match, 1, timeout, cancellationToken).ConfigureAwait(false);
        return matches[0];
    }

    /// <inheritdoc cref="WaitForStatusesAsync"/>
    public Task<IReadOnlyList<RecordedListRequest>> WaitForListRequestsAsync(
        Func<RecordedListRequest, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _state.ListRequests.WaitForAsync(match, count, timeout, cancellationToken);

    /// <summary>
    /// Answers the next <paramref name="requests"/> requests (to <paramref name="endpoint"/> only, when given)
    /// with <paramref name="fault"/>. Faults apply in the order they were scheduled.
    /// </summary>
    public void FailNext(ConfigApiFault fault, int requests = 1, ConfigApiEndpoint? endpoint = null) =>
        _state.Faults.Add(fault, requests, endpoint);

    /// <summary>Forgets faults scheduled and not yet applied.</summary>
    public void ClearFaults() => _state.Faults.Clear();

    /// <summary>Forgets recorded requests and statuses; the configurations stay.</summary>
    public void Clear()
    {
        _state.ListRequests.Clear();
        _state.StatusReports.Clear();
        _state.Statuses.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        _state.Stop();
        await _server.DisposeAsync().ConfigureAwait(false);
        _state.Dispose();
    }

    private static StoredConfiguration Store(JsonObject configuration) => new(
        ConfigApiJson.StringOf(configuration, "LocationHash") ?? string.Empty,
        configuration.ToJsonString());
}
