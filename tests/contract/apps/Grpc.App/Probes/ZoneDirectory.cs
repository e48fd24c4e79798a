// Contract tests name lines of this file (file:line probes, see tests/contract/apps/README.md): do not reformat it or move its lines.
namespace Grpc.App.Probes;

/// <summary>Maps a destination country to a shipping zone, with the latency of a remote lookup.</summary>
public sealed class ZoneDirectory
{
    private const int FarthestZone = 4;

    private static readonly TimeSpan s_latency = TimeSpan.FromMilliseconds(5);

    private readonly Dictionary<string, int> _zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = 1,
        ["CA"] = 2,
        ["DE"] = 3,
        ["FR"] = 3,
    };

    public async Task<int> FindZoneAsync(string country, CancellationToken cancellationToken)
    {
        // A real suspension, as a remote lookup would be, so async probes see the method resume later.
        await Task.Delay(s_latency, cancellationToken).ConfigureAwait(false);
        var zone = _zones.GetValueOrDefault(country, FarthestZone);
        return zone;
    }
}
