using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Distro.Benchmarks.Report;

/// <summary>The machine the figures were measured on.</summary>
internal sealed record MachineInfo(string Cpu, int Cores, string Memory, string OperatingSystem, string Runtime, string Sdk)
{
    public static MachineInfo Read() => new(
        ReadCpu(),
        Environment.ProcessorCount,
        ReadMemory(),
        $"{OsName()} (Linux {FirstLine("/proc/sys/kernel/osrelease") ?? "?"}, {RuntimeInformation.OSArchitecture})",
        RuntimeInformation.FrameworkDescription,
        ReadSdk());

    private static string ReadCpu()
    {
        var lines = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
        var model = lines.FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var virtualized = lines.Any(line => line.StartsWith("flags", StringComparison.Ordinal) && line.Contains(" hypervisor", StringComparison.Ordinal));
        return virtualized ? $"{model} (virtual machine)" : model;
    }

    private static string ReadMemory()
    {
        var total = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(line => line.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return total is null ? "unknown" : total["MemTotal:".Length..].Trim();
    }

    private static string OsName() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"') ?? "Linux"
            : RuntimeInformation.OSDescription;

    private static string? FirstLine(string path) => File.Exists(path) ? File.ReadLines(path).FirstOrDefault()?.Trim() : null;

    private static string ReadSdk()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            var version = process?.StandardOutput.ReadToEnd().Trim();
            process?.WaitForExit();
            return string.IsNullOrEmpty(version) ? "unknown" : version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
