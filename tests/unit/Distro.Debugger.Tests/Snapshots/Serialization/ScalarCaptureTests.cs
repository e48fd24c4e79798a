using System.Numerics;
using System.Text;
using Distro.Debugger.Snapshots.Serialization;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class ScalarCaptureTests
{
    public static TheoryData<object, string, string> Scalars => new()
    {
        { 42, "System.Int32", "42" },
        { -7L, "System.Int64", "-7" },
        { ulong.MaxValue, "System.UInt64", "18446744073709551615" },
        { (byte)255, "System.Byte", "255" },
        { (sbyte)-1, "System.SByte", "-1" },
        { (short)-300, "System.Int16", "-300" },
        { (ushort)300, "System.UInt16", "300" },
        { 7u, "System.UInt32", "7" },
        { true, "System.Boolean", "true" },
        { false, "System.Boolean", "false" },
        { 'x', "System.Char", "x" },
        { 1.5, "System.Double", "1.5" },
        { 0.1 + 0.2, "System.Double", "0.30000000000000004" },
        { 1.1f, "System.Single", "1.1" },
        { double.NaN, "System.Double", "NaN" },
        { double.NegativeInfinity, "System.Double", "-Infinity" },
        { -1.5e300, "System.Double", "-1.5E+300" },
        { int.MinValue, "System.Int32", "-2147483648" },
        { Int128.MinValue, "System.Int128", "-170141183460469231731687303715884105728" },
        { decimal.MinValue, "System.Decimal", "-79228162514264337593543950335" },
        { TimeSpan.FromHours(-1.5), "System.TimeSpan", "-01:30:00" },
        { new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(-9.5)), "System.DateTimeOffset", "2024-01-02T03:04:05.0000000-09:30" },
        { (Half)1.5, "System.Half", "1.5" },
        { 12.50m, "System.Decimal", "12.50" },
        { Int128.MaxValue, "System.Int128", "170141183460469231731687303715884105727" },
        { UInt128.MaxValue, "System.UInt128", "340282366920938463463374607431768211455" },
        { BigInteger.Parse("-12345678901234567890123", System.Globalization.CultureInfo.InvariantCulture), "System.Numerics.BigInteger", "-12345678901234567890123" },
        { (nint)42, "System.IntPtr", "42" },
        { (nuint)42, "System.UIntPtr", "42" },
        { new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), "System.DateTime", "2024-01-02T03:04:05.0000000Z" },
        { new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)), "System.DateTimeOffset", "2024-01-02T03:04:05.0000000+02:00" },
        { new TimeSpan(1, 2, 3, 4), "System.TimeSpan", "1.02:03:04" },
        { new DateOnly(2024, 1, 2), "System.DateOnly", "2024-01-02" },
        { new TimeOnly(13, 14, 15), "System.TimeOnly", "13:14:15.0000000" },
        { new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "System.Guid", "0f8fad5b-d9cb-469f-a165-70867728950e" },
        { new Version(1, 2, 3, 4), "System.Version", "1.2.3.4" },
        { new Uri("https://example.com/a?b=1"), "System.Uri", "https://example.com/a?b=1" },
        { new StringBuilder("built"), "System.Text.StringBuilder", "built" },
        { "hello", "System.String", "hello" },
        { Color.Green, "Shop.Color", "Green" },
        { (Color)7, "Shop.Color", "7" },
        { Access.Read | Access.Write, "Shop.Access", "Read, Write" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void WriteValue_Scalar_WritesInvariantText(object value, string type, string text) =>
        Assert.Equal(Cv.Value(type, text), Capture.Json(value));

    [Fact]
    public void WriteValue_StringLongerThanLimit_IsCutWithTruncatedAndFullSize()
    {
        var json = Capture.Json(new string('a', 300));

        Assert.Equal($$"""{"type":"System.String","value":"{{new string('a', 255)}}","truncated":true,"size":300}""", json);
    }

    [Fact]
    public void WriteValue_StringOfExactlyTheLimit_IsNotTruncated() =>
        Assert.Equal(Cv.Str("abcde"), Capture.Json("abcde", limits: new CaptureLimits(MaxStringLength: 5)));

    [Fact]
    public void WriteValue_CutInsideSurrogatePair_KeepsThePairWhole() =>
        Assert.Equal(
            """{"type":"System.String","value":"abcd","truncated":true,"size":6}""",
            Capture.Json("abcd\U0001F600", limits: new CaptureLimits(MaxStringLength: 5)));

    [Fact]
    public void WriteValue_LongUri_IsCutLikeAString() =>
        Assert.Equal(
            """{"type":"System.Uri","value":"https://e","truncated":true,"size":19}""",
            Capture.Json(new Uri("https://example.com"), limits: new CaptureLimits(MaxStringLength: 9)));

    [Fact]
    public void WriteValue_LongStringBuilder_IsCutWithFullSize() =>
        Assert.Equal(
            """{"type":"System.Text.StringBuilder","value":"abc","truncated":true,"size":10}""",
            Capture.Json(new StringBuilder("abcdefghij"), limits: new CaptureLimits(MaxStringLength: 3)));

    [Fact]
    public void WriteValue_HugeBigInteger_WritesLeadingHexDigitsWithFullSize()
    {
        var json = Capture.Element(BigInteger.Pow(2, 5003));

        // 2^5003 is 0x8 followed by 1250 zero digits.
        Assert.Equal("0x8" + new string('0', 252), json.GetProperty("value").GetString());
        Assert.True(json.GetProperty("truncated").GetBoolean());
        Assert.Equal(2 + 1251, json.GetProperty("size").GetInt32());
    }

    [Fact]
    public void WriteValue_HugeNegativeBigInteger_KeepsTheSign()
    {
        var value = Capture.Element(-BigInteger.Pow(2, 5000)).GetProperty("value").GetString();

        Assert.Equal("-0x1" + new string('0', 251), value);
    }

    [Fact]
    public void WriteValue_BigIntegerAtDecimalLimit_IsWrittenInDecimal()
    {
        var value = BigInteger.Pow(2, 1023);

        var json = Capture.Element(value, limits: new CaptureLimits(MaxStringLength: 400));

        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("value").GetString());
    }
}
