namespace Distro.Debugger.Configuration;

/// <summary>One problem the parser found and worked around.</summary>
/// <remarks>
/// <para><c>LocationHash</c>: The configuration concerned, when known; null for response-level fields.</para>
/// <para><c>Path</c>: The JSON path of the field, e.g. <c>CaptureConfiguration.CodeCapture.CaptureLimits.MaxHits</c>.</para>
/// </remarks>
internal sealed record ConfigurationDiagnostic(ConfigurationIssue Issue, string? LocationHash, string Path, string Message);
