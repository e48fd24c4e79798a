using System.Diagnostics.Tracing;
using Distro.Host.Tests.Diagnostics;

namespace Distro.Host.Tests.Plugins;

[Collection(PluginCalls.Collection)]
public sealed class PluginLoaderTests : IDisposable
{
    private readonly HostEvents _events = new();

    public PluginLoaderTests() => PluginCalls.Clear();

    public void Dispose() => _events.Dispose();

    [Fact]
    public void Start_PluginTypeMissingFromItsAssembly_ReportsPluginTypeNotFoundAndRunsTheOthers()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", $"Distro.Host.Tests.NoSuchPlugin, Distro.Host.Tests:{HostRun.PluginName<FirstPlugin>()}"));

        Assert.True(_events.Any(EventLevel.Warning, "Plugin Distro.Host.Tests.NoSuchPlugin, Distro.Host.Tests: plugin type not found:"), Describe());
        Assert.Single(run.Telemetry.Plugins.Plugins);
        Assert.Contains("First.Initialized", PluginCalls.All);
    }

    [Fact]
    public void Start_PluginAssemblyMissing_ReportsPluginTypeNotFoundAndRunsTheOthers()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", $"Shop.Audit, No.Such.Assembly:{HostRun.PluginName<FirstPlugin>()}"));

        Assert.True(_events.Any(EventLevel.Warning, "Plugin Shop.Audit, No.Such.Assembly: plugin type not found: its assembly No.Such.Assembly is not in"), Describe());
        Assert.Contains("First.Initialized", PluginCalls.All);
    }

    [Fact]
    public void Start_DebuggerEnabledButNotInstalled_ReportsPluginTypeNotFoundAndGoesOn()
    {
        using var run = HostRun.Start(("OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED", "true"), ("OTEL_DOTNET_AUTO_PLUGINS", HostRun.PluginName<FirstPlugin>()));

        Assert.True(_events.Any(EventLevel.Warning, "Plugin Distro.Debugger.DebuggerPlugin, Distro.Debugger: plugin type not found"), Describe());
        Assert.NotNull(run.Telemetry.TracerProvider);
        Assert.Contains("First.Initialized", PluginCalls.All);
    }

    [Fact]
    public void Start_ConstructorThrows_ReportsTheExceptionAndSkipsThePlugin()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", $"{HostRun.PluginName<ThrowingConstructorPlugin>()}:{HostRun.PluginName<FirstPlugin>()}"));

        Assert.True(_events.Any(EventLevel.Error, "the constructor of Distro.Host.Tests.Plugins.ThrowingConstructorPlugin threw; skipped"), Describe());
        Assert.True(_events.Any(EventLevel.Error, "constructor refuses"), Describe());
        Assert.DoesNotContain("ThrowingConstructor.Initializing", PluginCalls.All);
        Assert.Contains("First.Initializing", PluginCalls.All);
    }

    [Fact]
    public void Start_AbstractPlugin_IsReportedAndSkipped()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", HostRun.PluginName<AbstractPlugin>()));

        Assert.True(_events.Any(EventLevel.Warning, "AbstractPlugin is not a public, non-abstract, non-generic class; skipped"), Describe());
        Assert.Empty(run.Telemetry.Plugins.Plugins);
    }

    [Fact]
    public void Start_NoParameterlessConstructor_IsReportedAndSkipped()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", HostRun.PluginName<NoParameterlessConstructorPlugin>()));

        Assert.True(_events.Any(EventLevel.Warning, "NoParameterlessConstructorPlugin has no public parameterless constructor; skipped"), Describe());
        Assert.Empty(run.Telemetry.Plugins.Plugins);
    }

    [Fact]
    public void Start_NameWithoutAssembly_IsReportedAndSkipped()
    {
        using var run = HostRun.Start(("OTEL_DOTNET_AUTO_PLUGINS", "JustATypeName"));

        Assert.True(_events.Any(EventLevel.Warning, "Plugin \"JustATypeName\" is not an assembly-qualified type name (Namespace.Type, Assembly); skipped"), Describe());
    }

    private string Describe() => "host events: " + string.Join(" | ", _events.Events.Select(e => $"{e.Level}: {e.Text}"));
}
