using System.Diagnostics;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>
/// The W3C trace context a test sends with one request. Its trace id is new for every request, so the snapshots and
/// spans of that request are told apart from those of every other request without relying on timing.
/// </summary>
public sealed record TraceParent(string TraceId, string ParentSpanId)
{
    public const string HeaderName = "traceparent";

    /// <summary>The header value, sampled, so the app records the request's server span.</summary>
    public string Header => $"00-{TraceId}-{ParentSpanId}-01";

    public static TraceParent New() =>
        new(ActivityTraceId.CreateRandom().ToHexString(), ActivitySpanId.CreateRandom().ToHexString());
}
