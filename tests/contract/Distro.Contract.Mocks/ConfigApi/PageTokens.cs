namespace Distro.Contract.Mocks.ConfigApi;

/// <summary>Where a NextToken resumes: a page of the set as it was when the listing began.</summary>
internal sealed record PendingPage(ConfigurationSet Set, int Offset);

/// <summary>
/// NextTokens handed out, each bound to the snapshot it pages through, so that pages stay consistent
/// even when a test changes the set mid-listing. Bounded: the oldest tokens are forgotten first.
/// </summary>
internal sealed class PageTokens
{
    private const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, PendingPage> _pages = [];
    private readonly Queue<string> _issueOrder = new();

    public string Issue(PendingPage page)
    {
        var token = Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            if (_issueOrder.Count == Capacity)
            {
                _pages.Remove(_issueOrder.Dequeue());
            }

            _issueOrder.Enqueue(token);
            _pages[token] = page;
        }

        return token;
    }

    /// <summary>Tokens stay valid after use, so a client may retry a page that failed to arrive.</summary>
    public bool TryGet(string token, out PendingPage page)
    {
        lock (_gate)
        {
            return _pages.TryGetValue(token, out page!);
        }
    }
}
