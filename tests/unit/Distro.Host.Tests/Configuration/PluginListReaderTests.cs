using Distro.Host.Configuration;

namespace Distro.Host.Tests.Configuration;

public sealed class PluginListReaderTests
{
    private const string Debugger = "Distro.Debugger.DebuggerPlugin, Distro.Debugger";

    [Fact]
    public void Read_ColonSeparatedPlugins_KeepsTheirOrderAndTheCommasInTheirNames()
    {
        var result = HostSettingsReader.Read(Variables.Of(
            ("OTEL_DOTNET_AUTO_PLUGINS", "A.First, A, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null : B.Second, B")));

        Assert.Equal(["A.First, A, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", "B.Second, B"], result.Settings.Plugins.ToArray());
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("True")]
    public void Read_DebuggerEnabled_PutsTheDebuggerBeforeTheUsersPlugins(string enabled)
    {
        var result = HostSettingsReader.Read(Variables.Of(
            ("OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED", enabled),
            ("OTEL_DOTNET_AUTO_PLUGINS", "B.Second, B")));

        Assert.Equal([Debugger, "B.Second, B"], result.Settings.Plugins.ToArray());
        Assert.Empty(result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_DebuggerEnabledAndListed_RunsItOnceFirst()
    {
        var plugins = HostSettingsReader.Read(Variables.Of(
            ("OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED", "true"),
            ("OTEL_DOTNET_AUTO_PLUGINS", $"B.Second, B:{Debugger}"))).Settings.Plugins;

        Assert.Equal([Debugger, "B.Second, B"], plugins.ToArray());
    }

    [Theory]
    [InlineData("false")]
    [InlineData("FALSE")]
    [InlineData("")]
    public void Read_DebuggerDisabledOrUnset_LeavesItOut(string enabled)
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED", enabled)));

        Assert.Empty(result.Settings.Plugins.ToArray());
        Assert.Empty(result.Diagnostics.ToArray());
    }

    [Fact]
    public void Read_DebuggerFlagNeitherTrueNorFalse_LeavesItOutWithADiagnostic()
    {
        var result = HostSettingsReader.Read(Variables.Of(("OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED", "yes")));

        Assert.Empty(result.Settings.Plugins.ToArray());
        Assert.Equal(
            [new SettingDiagnostic("OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED", "\"yes\" is neither true nor false; the debugger stays disabled")],
            result.Diagnostics.ToArray());
    }
}
