using System.Runtime.CompilerServices;

namespace Distro.Contract.Tests.Host;

/// <summary>
/// Where the built pieces are: the distro as <c>./build.sh distro</c> lays it out, instrument.sh at the repository root,
/// and the test applications as the build of the solution leaves them beside this test assembly.
/// </summary>
internal static class HostLayout
{
    public const string LegacyAppName = "LegacyOpenTelemetry.App";

    /// <summary>The repository root, from this file's own path: the test assembly may be built anywhere (--artifacts-path).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string InstrumentScript => Path.Combine(RepositoryRoot, "instrument.sh");

    /// <summary>The built distro; build.sh's DISTRO_ARTIFACTS_PATH moves it, as it moves the build.</summary>
    public static string DistroHome
    {
        get
        {
            var artifacts = Environment.GetEnvironmentVariable("DISTRO_ARTIFACTS_PATH") is { Length: > 0 } configured
                ? Path.GetFullPath(configured, RepositoryRoot)
                : Path.Combine(RepositoryRoot, "artifacts");
            var home = Path.Combine(artifacts, "distro");
            return File.Exists(Path.Combine(home, "net", "Distro.Host.dll")) && File.Exists(Path.Combine(home, "linux-x64", "Distro.Profiler.so"))
                ? home
                : throw new DirectoryNotFoundException($"The distro is not built at {home}: run ./build.sh distro first (the host's contract tests launch applications with it).");
        }
    }

    public static string LegacyAppPath => AppPath(LegacyAppName);

    /// <summary>The dotnet of the .NET 8 installation that MinimalApi.Net8.App lays out beside itself.</summary>
    public static string Dotnet8Muxer
    {
        get
        {
            var muxer = Path.Combine(Path.GetDirectoryName(AppPath("MinimalApi.Net8.App"))!, "dotnet8", "dotnet");
            return File.Exists(muxer)
                ? muxer
                : throw new FileNotFoundException($"The .NET 8 installation is not laid out at {muxer}: build MinimalApi.Net8.App with the dotnet CLI.", muxer);
        }
    }

    /// <summary>
    /// A test application's build output, a sibling of this test assembly's folder in the same configuration: its .dll,
    /// or the executable of a self-contained application (built for linux-x64, into a folder named after both).
    /// </summary>
    public static string AppPath(string appName)
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var appFolder = Path.Combine(testFolder.Parent!.Parent!.FullName, appName);
        var candidates = new[]
        {
            Path.Combine(appFolder, testFolder.Name, appName + ".dll"),
            Path.Combine(appFolder, testFolder.Name + "_linux-x64", appName),
        };
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"{appName} is not built at {candidates[0]}: build the solution (dotnet build Distro.sln) with the same configuration and artifacts path as the tests.", candidates[0]);
    }

    private static string FindRepositoryRoot([CallerFilePath] string thisFile = "")
    {
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "instrument.sh")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No instrument.sh above {thisFile}");
    }
}
