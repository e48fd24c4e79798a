namespace Distro.Debugger.Export.CloudWatch;

/// <summary>What SigV4 signs of a request.</summary>
/// <remarks>
/// <para><c>Headers</c>: every header to sign, <c>host</c> and <c>x-amz-date</c> included, in any order and case;
/// a name given more than once has its values joined in the order given.</para>
/// <para><c>PayloadHash</c>: the lowercase hex SHA-256 of the body exactly as sent.</para>
/// </remarks>
internal sealed record SigV4Request(string Method, Uri Uri, IReadOnlyList<KeyValuePair<string, string>> Headers, string PayloadHash);
