using System.Text.Json;

namespace Distro.Benchmarks.Results;

/// <summary>
/// The folder each measurement writes its JSON result to, and the report reads them from. BenchmarkDotNet's child
/// processes find it through <see cref="DirectoryVariable"/>, which they inherit.
/// </summary>
internal sealed class ResultStore(string directory)
{
    public const string DirectoryVariable = "DISTRO_BENCHMARK_RESULTS";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The store named by <see cref="DirectoryVariable"/>, or null in a process started without it.</summary>
    public static ResultStore? FromEnvironment() =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } directory ? new ResultStore(directory) : null;

    public void Write<T>(string name, T result)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(PathOf(name), JsonSerializer.Serialize(result, s_json));
    }

    /// <summary>The result written under <paramref name="name"/>, or null when that measurement has not run.</summary>
    public T? Read<T>(string name)
        where T : class =>
        File.Exists(PathOf(name)) ? JsonSerializer.Deserialize<T>(File.ReadAllText(PathOf(name)), s_json) : null;

    private string PathOf(string name) => Path.Combine(Directory, name + ".json");
}
