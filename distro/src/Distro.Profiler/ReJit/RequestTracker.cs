namespace Distro.Profiler.ReJit;

/// <summary>
/// The status of every recent request, readable by managed code. Bounded: the oldest finished requests are
/// forgotten once more than <see cref="Capacity"/> are kept.
/// </summary>
internal sealed class RequestTracker
{
    public const int Capacity = 4096;

    private readonly object _gate = new();
    private readonly Dictionary<long, RequestStatus> _statuses = [];
    private readonly Queue<long> _order = new();
    private long _lastId;

    public long Create()
    {
        lock (_gate)
        {
            var id = ++_lastId;
            _statuses[id] = new RequestStatus(RequestState.Queued, FailureKind.None, 0, string.Empty);
            _order.Enqueue(id);
            while (_order.Count > Capacity)
            {
                _statuses.Remove(_order.Dequeue());
            }

            return id;
        }
    }

    public RequestStatus Get(long id)
    {
        lock (_gate)
        {
            return _statuses.TryGetValue(id, out var status) ? status : new RequestStatus(RequestState.Unknown, FailureKind.None, 0, "unknown request");
        }
    }

    public void Set(long id, RequestState state, string message = "") => Update(id, new RequestStatus(state, FailureKind.None, 0, message));

    public void Fail(long id, FailureKind failure, int hresult, string message) => Update(id, new RequestStatus(RequestState.Failed, failure, hresult, message));

    /// <summary>Blocks until the request leaves the queue or the timeout passes; returns its status then.</summary>
    public RequestStatus WaitProcessed(long id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_gate)
        {
            while (true)
            {
                var status = _statuses.TryGetValue(id, out var found) ? found : default;
                var remaining = deadline - DateTime.UtcNow;
                if (status.State != RequestState.Queued || remaining <= TimeSpan.Zero)
                {
                    return status;
                }

                Monitor.Wait(_gate, remaining);
            }
        }
    }

    private void Update(long id, RequestStatus status)
    {
        lock (_gate)
        {
            if (!_statuses.TryGetValue(id, out var current))
            {
                return;
            }

            // A failure is final: a late "applied" from another module copy must not hide it.
            if (current.State == RequestState.Failed)
            {
                return;
            }

            _statuses[id] = status;
            Monitor.PulseAll(_gate);
        }
    }
}
