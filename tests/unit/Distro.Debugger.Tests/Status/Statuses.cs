using Distro.Debugger.Configuration;
using Distro.Debugger.Tests.Configuration;

namespace Distro.Debugger.Tests.Status;

internal static class Statuses
{
    public static readonly DateTimeOffset Time = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static InstrumentationConfiguration Configuration(string hash = "h-1", string createdAt = "2026-11-20T10:00:00Z") =>
        ConfigJson.Single(ConfigJson.Configuration(hash: hash, createdAt: $"\"{createdAt}\""));

    public static ConfigurationStatus Of(string hash, InstrumentationStatus status = InstrumentationStatus.Ready) =>
        new(InstrumentationType.Breakpoint, SignalType.Snapshot, hash, status, Time);
}
