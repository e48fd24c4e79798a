namespace Distro.Debugger.Tests.Status;

/// <summary>A clock that stands still until the test moves it.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _utcTicks = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
