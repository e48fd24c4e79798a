namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>A resource of a test logs request, named by its <c>service.name</c>.</summary>
internal sealed record TestResource(string ServiceName, params TestScope[] Scopes);

/// <summary>A scope of a test logs request.</summary>
internal sealed record TestScope(string Name, params TestRecord[] Records);

/// <summary>A log record with a <c>seq</c> attribute and a body of <c>BodyLength</c> characters.</summary>
internal sealed record TestRecord(long Sequence, int BodyLength);
