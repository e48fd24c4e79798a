namespace Distro.Debugger.Export.CloudWatch;

/// <summary>A signed request's intermediate values (checked by tests against AWS's published ones) and its result.</summary>
internal sealed record SigV4Signature(string CanonicalRequest, string StringToSign, string SignedHeaders, string Signature, string Authorization);
