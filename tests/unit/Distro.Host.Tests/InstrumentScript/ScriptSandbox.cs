using System.Diagnostics;

namespace Distro.Host.Tests.InstrumentScript;

/// <summary>
/// A scratch copy of the repository layout that instrument.sh expects, with a PATH of its own: only the few tools the
/// script uses, a fake <c>dotnet</c> when asked for, and optionally a fake <c>uname</c> or <c>build.sh</c>.
/// </summary>
internal sealed class ScriptSandbox : IDisposable
{
    public static readonly string[] DistroFiles =
    [
        "linux-x64/Distro.Profiler.so",
        "net/Distro.StartupHook.dll",
        "net/Distro.Hooks.dll",
        "net/Distro.Host.dll",
    ];

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private static readonly string[] s_tools = ["bash", "dirname", "uname", "env", "mkdir", "touch", "grep"];
    private static readonly string[] s_inheritedVariables =
    [
        "CORECLR_ENABLE_PROFILING",
        "CORECLR_PROFILER",
        "CORECLR_PROFILER_PATH",
        "DOTNET_STARTUP_HOOKS",
        "DOTNET_ADDITIONAL_DEPS",
        "DOTNET_SHARED_STORE",
        "OTEL_DOTNET_DISTRO_HOME",
    ];

    private readonly string _bin;

    public ScriptSandbox(bool withDotnet = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "instrument-sh-" + Guid.NewGuid().ToString("N"));
        _bin = Path.Combine(Root, "bin");
        Directory.CreateDirectory(_bin);
        Repository = Path.Combine(Root, "repo");
        Directory.CreateDirectory(Repository);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "instrument.sh"), ScriptPath);
        foreach (var tool in s_tools)
        {
            File.CreateSymbolicLink(Path.Combine(_bin, tool), FindOnPath(tool));
        }

        if (withDotnet)
        {
            WriteExecutable(Path.Combine(_bin, "dotnet"), "#!/bin/sh\nexit 0\n");
        }
    }

    public string Root { get; }

    public string Repository { get; }

    public string ScriptPath => Path.Combine(Repository, "instrument.sh");

    public string DefaultHome => Path.Combine(Repository, "artifacts", "distro");

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Lays out a complete (empty-filed) distro in <paramref name="home"/>.</summary>
    public static void CreateDistro(string home)
    {
        foreach (var file in DistroFiles)
        {
            var path = Path.Combine(home, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, []);
        }
    }

    /// <summary>A build.sh beside the script that runs <paramref name="body"/> (a POSIX shell script).</summary>
    public void CreateBuildScript(string body) => WriteExecutable(Path.Combine(Repository, "build.sh"), "#!/bin/sh\n" + body);

    /// <summary>Replaces uname with one that answers <paramref name="system"/> and <paramref name="machine"/>.</summary>
    public void FakeUname(string system, string machine)
    {
        File.Delete(Path.Combine(_bin, "uname"));
        WriteExecutable(Path.Combine(_bin, "uname"), $"#!/bin/sh\ncase \"$1\" in -s) echo {system} ;; -m) echo {machine} ;; esac\n");
    }

    /// <summary>Runs <c>bash -c script</c> in the repository folder.</summary>
    public ScriptResult RunShell(string script) => Run(["-c", script]);

    /// <summary>Runs <c>bash instrument.sh arguments...</c> in the repository folder.</summary>
    public ScriptResult RunScript(params string[] arguments) => Run(["instrument.sh", .. arguments]);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private ScriptResult Run(string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(_bin, "bash"), arguments)
        {
            WorkingDirectory = Repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var variable in s_inheritedVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["PATH"] = _bin;
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bash {string.Join(' ', arguments)} did not finish within {s_timeout}");
        }

        return new ScriptResult(process.ExitCode, output.Result, errors.Result);
    }

    private static void WriteExecutable(string path, string text)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("instrument.sh and these tests run on Linux");
        }

        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static string FindOnPath(string tool) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException($"{tool} is not on PATH; the instrument.sh tests need it");
}
