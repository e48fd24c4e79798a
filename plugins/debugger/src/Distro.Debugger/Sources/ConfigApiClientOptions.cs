namespace Distro.Debugger.Sources;

/// <summary>How a background component calls the config API and waits between calls. The defaults are production's.</summary>
/// <remarks>
/// <para><c>Transport</c>: The handler requests go through; null for a <see cref="SocketsHttpHandler"/> of the component's own.</para>
/// <para><c>Delay</c>: Waits between calls (polls, backoff, coalescing); tests substitute one they control.</para>
/// </remarks>
internal sealed record ConfigApiClientOptions
{
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(5);

    public HttpMessageHandler? Transport { get; init; }

    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = static (delay, cancellationToken) => Task.Delay(delay, cancellationToken);
}
