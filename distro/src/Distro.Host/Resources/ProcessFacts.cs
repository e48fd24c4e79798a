using System.Reflection;
using System.Runtime.InteropServices;

namespace Distro.Host.Resources;

/// <summary>What the host detects about the machine and the process for the resource.</summary>
internal sealed record ProcessFacts(
    string HostName,
    string HostArch,
    long ProcessId,
    string RuntimeName,
    string RuntimeVersion,
    string? ExecutableName,
    string? EntryAssemblyName)
{
    public const string DotnetRuntimeName = ".NET";

    public static ProcessFacts Current() => new(
        Environment.MachineName,
        ArchitectureName(RuntimeInformation.OSArchitecture),
        Environment.ProcessId,
        DotnetRuntimeName,
        Environment.Version.ToString(),
        Path.GetFileName(Environment.ProcessPath),
        Assembly.GetEntryAssembly()?.GetName().Name);

    /// <summary>The host.arch values of the semantic conventions.</summary>
    public static string ArchitectureName(Architecture architecture) => architecture switch
    {
        Architecture.X64 => "amd64",
        Architecture.X86 => "x86",
        Architecture.Arm64 => "arm64",
        Architecture.Arm => "arm32",
        Architecture.S390x => "s390x",
        Architecture.Ppc64le => "ppc64",
        _ => architecture.ToString().ToLowerInvariant(),
    };
}
