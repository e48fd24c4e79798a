namespace Distro.Host.Tests.CollectorConfig;

/// <summary>One pipeline of <c>service.pipelines</c>; its signal is the part of its name before any <c>/</c>.</summary>
internal sealed record CollectorPipeline(string Name, IReadOnlyList<string> Receivers, IReadOnlyList<string> Processors, IReadOnlyList<string> Exporters)
{
    public string Signal => Name.Split('/')[0];
}
