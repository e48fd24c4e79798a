namespace Distro.Runtime.Tests;

/// <summary>Where the built distro is: <c>artifacts/distro</c> at the repository root, as <c>./build.sh</c> lays it out.</summary>
internal static class DistroLayout
{
    public const string ProfilerClassId = "{d4511892-b83d-4dbb-a725-f93b4642d20c}";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ProfilerPath
    {
        get
        {
            var path = Path.Combine(RepositoryRoot, "artifacts", "distro", "linux-x64", "Distro.Profiler.so");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"The profiler is not built at {path}; run ./build.sh first.", path);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Distro.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Distro.sln above {AppContext.BaseDirectory}");
    }
}
