using System.Globalization;

namespace Distro.Debugger.Export.CloudWatch;

/// <summary>When, where and for which service a request is signed: the SigV4 credential scope.</summary>
internal readonly record struct SigV4Scope(DateTimeOffset Time, string Region, string Service)
{
    public const string Terminator = "aws4_request";

    /// <summary>The <c>x-amz-date</c> form, <c>yyyyMMddTHHmmssZ</c> in UTC.</summary>
    public string Timestamp => Time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public string Date => Time.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary><c>date/region/service/aws4_request</c>.</summary>
    public string CredentialScope => $"{Date}/{Region}/{Service}/{Terminator}";
}
