namespace Distro.Debugger.Sources;

/// <summary>Spreads waits by up to ±10 %, so that many instances of a service do not call the agent in step.</summary>
internal static class Jitter
{
    public const double Fraction = 0.1;

    public static TimeSpan Apply(TimeSpan delay) => delay * (1 + (Fraction * ((2 * Random.Shared.NextDouble()) - 1)));
}
