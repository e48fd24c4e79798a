namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>
/// Tests that assert on CloudWatch diagnostics or run local servers share this collection and so run one at a time:
/// the event source is process-wide, and retry timing should not compete with other tests for the cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CloudWatchTestCollection
{
    public const string Name = "CloudWatch export";
}
