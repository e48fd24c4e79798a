namespace Distro.Debugger.Tests.Export.CloudWatch;

/// <summary>What the test server answers: a status and extra headers, with an empty body.</summary>
internal sealed record TestResponse(int Status, params (string Name, string Value)[] Headers)
{
    public static readonly TestResponse Ok = new(200);
}
