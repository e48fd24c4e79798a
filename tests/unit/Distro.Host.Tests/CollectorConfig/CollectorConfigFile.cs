using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Distro.Host.Tests.CollectorConfig;

/// <summary>A collector configuration from <c>collector-config/</c>, parsed as YAML, with the lookups the tests need.</summary>
internal sealed class CollectorConfigFile
{
    private readonly YamlMappingNode _root;

    private CollectorConfigFile(string name, YamlMappingNode root)
    {
        Name = name;
        _root = root;
    }

    /// <summary>The configurations copied next to the tests from the repository's <c>collector-config/</c>.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "collector-config");

    public string Name { get; }

    public static IEnumerable<string> FileNames() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static CollectorConfigFile Load(string fileName)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(Path.Combine(Directory, fileName)))
        {
            yaml.Load(reader);
        }

        return new CollectorConfigFile(fileName, (YamlMappingNode)Assert.Single(yaml.Documents).RootNode);
    }

    /// <summary>The components defined under a top-level section (<c>receivers</c>, <c>processors</c>, ...), by name.</summary>
    public IReadOnlyDictionary<string, YamlNode> Components(string section) =>
        _root.Children.TryGetValue(new YamlScalarNode(section), out var node) && node is YamlMappingNode components
            ? components.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => c.Value, StringComparer.Ordinal)
            : new Dictionary<string, YamlNode>(StringComparer.Ordinal);

    public IReadOnlyList<CollectorPipeline> Pipelines =>
        [.. ((YamlMappingNode)Child(Child(_root, "service"), "pipelines")).Children.Select(p =>
        {
            var pipeline = (YamlMappingNode)p.Value;
            return new CollectorPipeline(((YamlScalarNode)p.Key).Value!, Names(pipeline, "receivers"), Names(pipeline, "processors"), Names(pipeline, "exporters"));
        })];

    public IReadOnlyList<string> ServiceExtensions => Names((YamlMappingNode)Child(_root, "service"), "extensions");

    /// <summary>The port of every endpoint a receiver listens on for a protocol (<c>grpc</c> or <c>http</c>).</summary>
    public IEnumerable<(string Receiver, int Port)> ReceiverPorts(string protocol) =>
        from receiver in Components("receivers")
        where receiver.Value is YamlMappingNode
        let protocols = TryChild(receiver.Value, "protocols")
        let settings = protocols is null ? null : TryChild(protocols, protocol)
        let endpoint = settings is null ? null : TryChild(settings, "endpoint") as YamlScalarNode
        where endpoint?.Value is not null
        select (receiver.Key, int.Parse(endpoint.Value![(endpoint.Value!.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture));

    public static string TypeOf(string componentName) => componentName.Split('/')[0];

    public static YamlNode Child(YamlNode node, string key) =>
        TryChild(node, key) ?? throw new KeyNotFoundException($"No \"{key}\" in the YAML mapping.");

    public static YamlNode? TryChild(YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static string Scalar(YamlNode node, string key) => ((YamlScalarNode)Child(node, key)).Value!;

    private static List<string> Names(YamlMappingNode node, string key) =>
        TryChild(node, key) is YamlSequenceNode names ? [.. names.Children.Select(n => ((YamlScalarNode)n).Value!)] : [];
}
