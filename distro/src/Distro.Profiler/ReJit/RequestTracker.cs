namespace Distro.Profiler.ReJit;

/// <summary>
/// The status of every recent request, readable by managed code. Bounded without losing what an armed method reports:
/// once more than <see cref="Capacity"/> are kept, the oldest forgettable requests are forgotten, those that finished
/// (reverted or failed) or that a newer request for the same method replaced. The latest request of each method is
/// kept while it is queued or active, so the statuses that stay are bounded by the number of armed methods.
/// </summary>
internal sealed class RequestTracker
{
    public const int Capacity = 4096;

    private readonly object _gate = new();
    private readonly Dictionary<long, Entry> _entries = [];
    private readonly Dictionary<RequestedMethod, long> _latestByMethod = [];
    private readonly Queue<long> _forgettable = new();
    private long _lastId;

    public long Create(RequestedMethod method)
    {
        lock (_gate)
        {
            var id = ++_lastId;
            _entries[id] = new Entry(method, new RequestStatus(RequestState.Queued, FailureKind.None, 0, string.Empty));
            if (_latestByMethod.TryGetValue(method, out var replaced))
            {
                MarkForgettable(replaced);
            }

            _latestByMethod[method] = id;
            Trim();
            return id;
        }
    }

    public RequestStatus Get(long id)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(id, out var entry) ? entry.Status : new RequestStatus(RequestState.Unknown, FailureKind.None, 0, "unknown request");
        }
    }

    /// <summary>Sets the state; a note given earlier (such as a fallback taken while requesting) stays when <paramref name="message"/> is empty.</summary>
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
                var status = _entries.TryGetValue(id, out var found) ? found.Status : default;
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
            if (!_entries.TryGetValue(id, out var entry))
            {
                return;
            }

            // A failure is final: a late "applied" from another module copy must not hide it.
            if (entry.Status.State == RequestState.Failed)
            {
                return;
            }

            // The runtime may compile the rewritten method on its own thread before the broker records the request.
            if (entry.Status.State == RequestState.Applied && status.State == RequestState.Requested)
            {
                status = status with { State = RequestState.Applied };
            }

            entry.Status = status.Message.Length == 0 ? status with { Message = entry.Status.Message } : status;
            if (status.State is RequestState.Reverted or RequestState.Failed)
            {
                MarkForgettable(id);
            }

            Monitor.PulseAll(_gate);
            Trim();
        }
    }

    private void MarkForgettable(long id)
    {
        if (_entries.TryGetValue(id, out var entry) && !entry.IsForgettable)
        {
            entry.IsForgettable = true;
            _forgettable.Enqueue(id);
        }
    }

    private void Trim()
    {
        while (_entries.Count > Capacity && _forgettable.TryDequeue(out var id))
        {
            if (_entries.Remove(id, out var entry) && _latestByMethod.TryGetValue(entry.Method, out var latest) && latest == id)
            {
                _latestByMethod.Remove(entry.Method);
            }
        }
    }

    private sealed class Entry(RequestedMethod method, RequestStatus status)
    {
        public RequestedMethod Method { get; } = method;

        public RequestStatus Status { get; set; } = status;

        public bool IsForgettable { get; set; }
    }
}
