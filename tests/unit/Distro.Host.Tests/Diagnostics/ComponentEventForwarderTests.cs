using System.Diagnostics.Tracing;
using Distro.Host.Diagnostics;

namespace Distro.Host.Tests.Diagnostics;

public sealed class ComponentEventForwarderTests
{
    [Theory]
    [InlineData("error", EventLevel.Error)]
    [InlineData("WARN", EventLevel.Warning)]
    [InlineData("warning", EventLevel.Warning)]
    [InlineData(" debug ", EventLevel.Verbose)]
    [InlineData("info", EventLevel.Informational)]
    [InlineData(null, EventLevel.Informational)]
    [InlineData("loud", EventLevel.Informational)]
    public void LevelOf_LogLevelSetting_IsTheEventLevelListenedTo(string? setting, EventLevel expected) =>
        Assert.Equal(expected, ComponentEventForwarder.LevelOf(setting));

    [Fact]
    public void LevelOf_None_ListensToNothing() =>
        Assert.Null(ComponentEventForwarder.LevelOf("none"));

    [Theory]
    [InlineData("OpenTelemetry-Distro-Debugger", true)]
    [InlineData("OpenTelemetry-Distro-Hooks", true)]
    [InlineData(HostEventSource.SourceName, false)]
    [InlineData("OpenTelemetry-Sdk", false)]
    [InlineData("Microsoft-AspNetCore-Hosting", false)]
    public void IsForwarded_EventSourceName_OnlyTheDistrosOtherComponents(string sourceName, bool expected) =>
        Assert.Equal(expected, ComponentEventForwarder.IsForwarded(sourceName));
}
