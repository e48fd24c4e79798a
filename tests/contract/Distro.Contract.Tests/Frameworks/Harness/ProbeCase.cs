namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>
/// A probe target of one app, the request that reaches it, the app's answer to that request (the same with and
/// without probes) and what the snapshot of a probe there must hold.
/// </summary>
/// <param name="Location">Where the probe goes.</param>
/// <param name="Call">Sends the request with the given trace context and describes the answer (see <see cref="Response"/>).</param>
/// <param name="Response">How <paramref name="Call"/> describes the app's normal answer, e.g. <c>200 {"id":1}</c>.</param>
/// <param name="Captures">What the snapshot of a probe at <paramref name="Location"/> holds after <paramref name="Call"/>.</param>
public sealed record ProbeCase(
    ProbeLocation Location,
    Func<TraceParent, Task<string>> Call,
    string Response,
    IReadOnlyList<ExpectedCapture> Captures);
