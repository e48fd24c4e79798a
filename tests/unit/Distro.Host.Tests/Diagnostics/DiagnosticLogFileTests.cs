using Distro.Host.Diagnostics;
using Distro.Host.Tests.Plugins;

namespace Distro.Host.Tests.Diagnostics;

/// <summary>In the collection of the tests that start the host, because the log directory is a process-wide variable.</summary>
[Collection(PluginCalls.Collection)]
public sealed class DiagnosticLogFileTests
{
    [Fact]
    public void Warning_LogDirectorySet_AppendsTheMessageToThisProcessesFile()
    {
        var directory = Path.Combine(Path.GetTempPath(), "distro-host-tests-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable(DiagnosticLogFile.DirectoryVariable, directory);
        try
        {
            HostLog.Warning("first line");
            HostLog.Warning("second line");
        }
        finally
        {
            Environment.SetEnvironmentVariable(DiagnosticLogFile.DirectoryVariable, null);
        }

        var lines = File.ReadAllLines(DiagnosticLogFile.PathInDirectory(directory)!);
        Directory.Delete(directory, recursive: true);
        Assert.Collection(
            lines,
            line => Assert.EndsWith("[Warning] first line", line, StringComparison.Ordinal),
            line => Assert.EndsWith("[Warning] second line", line, StringComparison.Ordinal));
    }

    [Fact]
    public void PathInDirectory_Directory_NamesAFilePerProcess()
    {
        var path = DiagnosticLogFile.PathInDirectory("/var/log/otel");

        Assert.Equal($"/var/log/otel/otel-dotnet-distro-host-{Environment.ProcessId}.log", path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void PathInDirectory_NoDirectory_IsNullSoNothingIsWritten(string? directory)
    {
        Assert.Null(DiagnosticLogFile.PathInDirectory(directory));
    }
}
