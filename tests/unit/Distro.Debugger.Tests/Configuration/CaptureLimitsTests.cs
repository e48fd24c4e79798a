using System.Globalization;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class CaptureLimitsTests
{
    // The ranges a production agent accepts, as the issue specifies them: (min, max, default).
    private static readonly Dictionary<string, (int Min, int Max, int Default)> s_ranges = new()
    {
        ["MaxHits"] = (1, 1000, 100),
        ["MaxStringLength"] = (1, 32768, 255),
        ["MaxCollectionWidth"] = (1, 1000, 20),
        ["MaxCollectionDepth"] = (1, 20, 3),
        ["MaxObjectDepth"] = (1, 20, 3),
        ["MaxFieldsPerObject"] = (1, 1000, 20),
        ["MaxStackFrames"] = (0, 200, 20),
        ["MaxStackTraceSize"] = (1, 10000, 200),
    };

    public static TheoryData<string> Names => [.. s_ranges.Keys];

    private static int? Limit(CodeCaptureLimits limits, string name) => name switch
    {
        "MaxHits" => limits.MaxHits,
        "MaxStringLength" => limits.MaxStringLength,
        "MaxCollectionWidth" => limits.MaxCollectionWidth,
        "MaxCollectionDepth" => limits.MaxCollectionDepth,
        "MaxObjectDepth" => limits.MaxObjectDepth,
        "MaxFieldsPerObject" => limits.MaxFieldsPerObject,
        "MaxStackFrames" => limits.MaxStackFrames,
        "MaxStackTraceSize" => limits.MaxStackTraceSize,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static (int? Value, ConfigurationParseResult Result) Parse(string name, string value)
    {
        var configuration = ConfigJson.Single(ConfigJson.WithLimits($$"""{"{{name}}":{{value}}}"""), out var result);
        return (Limit(configuration.Capture.Limits, name), result);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_LimitBelowRange_ClampsToMinimumWithDiagnostic(string name)
    {
        var (min, _, _) = s_ranges[name];
        var (value, result) = Parse(name, (min - 1).ToString(CultureInfo.InvariantCulture));

        Assert.Equal(min, value);
        Assert.Equal(ConfigurationIssue.ValueClamped, ConfigJson.SingleDiagnostic(result, name).Issue);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_LimitAboveRange_ClampsToMaximumWithDiagnostic(string name)
    {
        var (_, max, _) = s_ranges[name];
        var (value, result) = Parse(name, (max + 1).ToString(CultureInfo.InvariantCulture));

        Assert.Equal(max, value);
        Assert.Equal(ConfigurationIssue.ValueClamped, ConfigJson.SingleDiagnostic(result, name).Issue);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_LimitAtBothBounds_IsKeptWithoutDiagnostic(string name)
    {
        var (min, max, _) = s_ranges[name];
        var (atMin, minResult) = Parse(name, min.ToString(CultureInfo.InvariantCulture));
        var (atMax, maxResult) = Parse(name, max.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(min, atMin);
        Assert.Equal(max, atMax);
        Assert.Empty(minResult.Diagnostics);
        Assert.Empty(maxResult.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_LimitAbsent_UsesDefault(string name)
    {
        var defaultValue = s_ranges[name].Default;
        var configuration = ConfigJson.Single(ConfigJson.WithLimits("{}"), out var result);

        Assert.Equal(defaultValue, Limit(configuration.Capture.Limits, name));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_LimitAsObject_UsesDefaultWithDiagnostic(string name)
    {
        var defaultValue = s_ranges[name].Default;
        var (value, result) = Parse(name, """{"v":5}""");

        Assert.Equal(defaultValue, value);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, name).Issue);
    }

    [Fact]
    public void Parse_LimitAsNumericString_IsAcceptedWithDiagnostic()
    {
        var (value, result) = Parse("MaxCollectionWidth", "\" 7 \"");

        Assert.Equal(7, value);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, "MaxCollectionWidth").Issue);
    }

    [Fact]
    public void Parse_LimitAsNumericStringOutOfRange_IsConvertedThenClamped()
    {
        var (value, result) = Parse("MaxObjectDepth", "\"500\"");

        Assert.Equal(20, value);
        Assert.Equal(
            [ConfigurationIssue.WrongType, ConfigurationIssue.ValueClamped],
            result.Diagnostics.Select(d => d.Issue));
    }

    [Theory]
    [InlineData("\"twenty\"", nameof(ConfigurationIssue.WrongType))]
    [InlineData("true", nameof(ConfigurationIssue.WrongType))]
    [InlineData("[20]", nameof(ConfigurationIssue.WrongType))]
    [InlineData("20.5", nameof(ConfigurationIssue.InvalidValue))]
    [InlineData("\"NaN\"", nameof(ConfigurationIssue.InvalidValue))]
    public void Parse_UnusableLimit_UsesDefaultWithDiagnostic(string json, string issue)
    {
        var (value, result) = Parse("MaxFieldsPerObject", json);

        Assert.Equal(20, value);
        Assert.Equal(issue, result.Diagnostics[^1].Issue.ToString());
    }

    [Theory]
    [InlineData("20.0", 20)]
    [InlineData("2e1", 20)]
    [InlineData("1e400", 1000)]
    [InlineData("-1e400", 1)]
    [InlineData("99999999999999999999", 1000)]
    public void Parse_LimitInOtherNumberForms_IsReadAndClamped(string json, int expected)
    {
        var (value, _) = Parse("MaxFieldsPerObject", json);

        Assert.Equal(expected, value);
    }
}
