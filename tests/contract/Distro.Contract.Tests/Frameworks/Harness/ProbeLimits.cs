namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>The CaptureLimits a test sets; those left null are not sent, so the distro's defaults apply.</summary>
public sealed record ProbeLimits(int? MaxHits = null, int? MaxStringLength = null, int? MaxCollectionWidth = null);
