using Distro.Contract.Mocks.Hosting;

namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>Everything the mock DI configuration API's endpoints and its test-facing surface share.</summary>
internal sealed class ConfigApiState : IDisposable
{
    private const int RecordCapacity = 10_000;

    private readonly CancellationTokenSource _stopping = new();
    private ListingSettings _settings = new(CursorKind.Number, PageSize: null, SyncIntervalSeconds: null, NotFoundWhenEmpty: true);

    // Versions start from the clock so that a restarted mock never answers with a cursor an earlier one issued.
    public ConfigurationSets Sets { get; } = new(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000);

    public PageTokens Tokens { get; } = new();

    public SignalledRecordLog<RecordedListRequest> ListRequests { get; } = new(RecordCapacity, "list request");

    public SignalledRecordLog<StatusReport> StatusReports { get; } = new(RecordCapacity, "status batch");

    public SignalledRecordLog<ReportedStatus> Statuses { get; } = new(RecordCapacity, "status");

    public FaultSchedule<ConfigApiFault, ConfigApiEndpoint> Faults { get; } = new();

    public ListingSettings Settings
    {
        get => Volatile.Read(ref _settings);
        set => Volatile.Write(ref _settings, value);
    }

    /// <summary>Cancelled when the mock stops, releasing hanging requests.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public void Stop() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();
}
