namespace Distro.Debugger.Configuration;

/// <summary>What a probe captures on each hit (<c>CaptureConfiguration.CodeCapture</c> on the wire).</summary>
internal sealed record CodeCapture(
    CaptureSelection Arguments,
    CaptureSelection Locals,
    bool CaptureReturn,
    bool CaptureStackTrace,
    CodeCaptureLimits Limits);
