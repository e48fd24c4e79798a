namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>A log record read back from a request, with the resource and scope it was sent under.</summary>
internal sealed record DecodedLogRecord(string ServiceName, string ScopeName, string? ResourceSchemaUrl, IReadOnlyDictionary<string, object> Attributes, int EncodedLength)
{
    public long Sequence(string key) => (long)Attributes[key];
}
