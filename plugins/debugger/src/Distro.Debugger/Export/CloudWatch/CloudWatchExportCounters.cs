namespace Distro.Debugger.Export.CloudWatch;

/// <summary>What the CloudWatch Logs handler did, for diagnostics and tests. Thread-safe.</summary>
internal sealed class CloudWatchExportCounters
{
    private long _requests;
    private long _retries;
    private long _droppedRecords;
    private long _accessDenied;
    private long _retriesExhausted;
    private long _credentialsUnavailable;
    private long _rejected;

    /// <summary>HTTP requests sent, retries included.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests sent again after 429 or 503.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Log records left out because one alone is over the request size limit.</summary>
    public long DroppedRecords => Interlocked.Read(ref _droppedRecords);

    /// <summary>Exports refused with 403.</summary>
    public long AccessDenied => Interlocked.Read(ref _accessDenied);

    /// <summary>Exports still throttled (429 or 503) when attempts or time ran out.</summary>
    public long RetriesExhausted => Interlocked.Read(ref _retriesExhausted);

    /// <summary>Exports not sent because no AWS credentials were available.</summary>
    public long CredentialsUnavailable => Interlocked.Read(ref _credentialsUnavailable);

    /// <summary>Exports refused with another status.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    public void AddRequest() => Interlocked.Increment(ref _requests);

    public void AddRetry() => Interlocked.Increment(ref _retries);

    public long AddDroppedRecords(int count) => Interlocked.Add(ref _droppedRecords, count);

    public void AddAccessDenied() => Interlocked.Increment(ref _accessDenied);

    public void AddRetriesExhausted() => Interlocked.Increment(ref _retriesExhausted);

    public void AddCredentialsUnavailable() => Interlocked.Increment(ref _credentialsUnavailable);

    public void AddRejected() => Interlocked.Increment(ref _rejected);
}
