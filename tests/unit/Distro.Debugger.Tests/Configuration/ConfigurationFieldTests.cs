using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class ConfigurationFieldTests
{
    [Fact]
    public void Parse_DesignExample_ReadsEveryField()
    {
        var configuration = ConfigJson.Single(ConfigJson.DesignExample, out var result);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(InstrumentationType.Breakpoint, configuration.Type);
        Assert.Equal(SignalType.Snapshot, configuration.Signal);
        Assert.Equal("h-123", configuration.LocationHash);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), configuration.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), configuration.ExpiresAt);
        Assert.Equal(
            new CodeLocation("Dotnet", "Shop.Api", "OrdersController", "Create", "Controllers/OrdersController.cs", 0),
            configuration.Location);
        Assert.False(configuration.Location.IsLineLevel);
        Assert.False(configuration.IsLanguageMismatch);
        Assert.Equal(CaptureSelection.All, configuration.Capture.Arguments);
        Assert.Equal(CaptureSelectionMode.Named, configuration.Capture.Locals.Mode);
        Assert.Equal<string>(["total"], configuration.Capture.Locals.Names);
        Assert.True(configuration.Capture.CaptureReturn);
        Assert.False(configuration.Capture.CaptureStackTrace);
        Assert.Equal(new CodeCaptureLimits(100, 255, 20, 3, 3, 20, 20, 200), configuration.Capture.Limits);
    }

    [Fact]
    public void Parse_FieldNamesInAnyCase_AreMatched()
    {
        var json = """
            {"instrumentationtype":"breakpoint","SIGNALTYPE":"snapshot","locationHash":"h-1","createdat":"2026-11-20T10:00:00Z",
             "location":{"codelocation":{"LANGUAGE":"dotnet","codeunit":"Shop","CLASSNAME":"C","methodname":"M","filepath":"C.cs","linenumber":12}},
             "captureconfiguration":{"codecapture":{"capturereturn":true,"capturelocals":[],
                 "capturelimits":{"maxhits":7,"MAXSTRINGLENGTH":99}}}}
            """;

        var configuration = ConfigJson.Single(json, out var result);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(InstrumentationType.Breakpoint, configuration.Type);
        Assert.Equal(new CodeLocation("dotnet", "Shop", "C", "M", "C.cs", 12), configuration.Location);
        Assert.True(configuration.Capture.CaptureReturn);
        Assert.Equal(CaptureSelection.All, configuration.Capture.Locals);
        Assert.Equal(7, configuration.Capture.Limits.MaxHits);
        Assert.Equal(99, configuration.Capture.Limits.MaxStringLength);
    }

    [Fact]
    public void Parse_UnknownFieldsAtEveryLevel_AreIgnored()
    {
        var json = """
            {"Changed":true,"SyncedAt":"c1","Future":{"a":[1,2]},"LatestConfigurations":[
             {"InstrumentationType":"PROBE","LocationHash":"h-1","Owner":"ops","Tags":["x"],
              "Location":{"Region":"eu","CodeLocation":{"ClassName":"C","MethodName":"M","Column":4}},
              "CaptureConfiguration":{"Other":1,"CodeCapture":{"CaptureReturn":true,"Sampling":0.5,
                  "CaptureLimits":{"MaxStringLength":10,"MaxWhatever":5}}}}]}
            """;

        var result = ConfigJson.Parse(json);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        var configuration = Assert.Single(result.Configurations);
        Assert.Equal("C", configuration.Location.ClassName);
        Assert.True(configuration.Capture.CaptureReturn);
        Assert.Equal(10, configuration.Capture.Limits.MaxStringLength);
    }

    [Fact]
    public void Parse_RepeatedPropertyName_LastOneWins()
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(extra: ""","LocationHash":"h-last","locationhash":"h-final" """));

        Assert.Equal("h-final", configuration.LocationHash);
    }

    [Fact]
    public void Parse_ProbeWithLineNumber_ForcesMethodLevelWithDiagnostic()
    {
        var configuration = ConfigJson.Single(
            ConfigJson.Configuration(type: "PROBE", codeLocation: """{"FilePath":"A.cs","LineNumber":42}"""),
            out var result);

        Assert.Equal(0, configuration.Location.LineNumber);
        Assert.False(configuration.Location.IsLineLevel);
        Assert.Equal(ConfigurationIssue.ValueIgnored, ConfigJson.SingleDiagnostic(result, "CodeLocation.LineNumber").Issue);
    }

    [Fact]
    public void Parse_ProbeWithExpiryAndMaxHits_IgnoresBothBecauseProbesArePermanent()
    {
        var configuration = ConfigJson.Single(
            ConfigJson.Configuration(type: "PROBE", codeCapture: """{"CaptureLimits":{"MaxHits":5}}""", extra: ""","ExpiresAt":"2026-11-21T10:00:00Z" """),
            out var result);

        Assert.Null(configuration.ExpiresAt);
        Assert.Null(configuration.Capture.Limits.MaxHits);
        Assert.Equal(ConfigurationIssue.ValueIgnored, ConfigJson.SingleDiagnostic(result, ".ExpiresAt").Issue);
        Assert.Equal(ConfigurationIssue.ValueIgnored, ConfigJson.SingleDiagnostic(result, ".MaxHits").Issue);
    }

    [Fact]
    public void Parse_BreakpointWithPositiveLine_IsLineLevel()
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(codeLocation: """{"FilePath":"Pricing.cs","LineNumber":42}"""));

        Assert.Equal(42, configuration.Location.LineNumber);
        Assert.True(configuration.Location.IsLineLevel);
        Assert.Equal("", configuration.Location.ClassName);
        Assert.Equal("", configuration.Location.MethodName);
    }

    [Fact]
    public void Parse_NegativeLineNumber_ClampsToMethodLevel()
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(codeLocation: """{"MethodName":"M","LineNumber":-3}"""), out var result);

        Assert.Equal(0, configuration.Location.LineNumber);
        Assert.Equal(ConfigurationIssue.ValueClamped, ConfigJson.SingleDiagnostic(result, "LineNumber").Issue);
    }

    [Fact]
    public void Parse_NoCaptureConfiguration_CapturesNothingWithDefaultLimits()
    {
        var breakpoint = ConfigJson.Single(ConfigJson.Configuration(hash: "b"));
        var probe = ConfigJson.Single(ConfigJson.Configuration(type: "PROBE", hash: "p"));

        Assert.Equal(new CodeCapture(CaptureSelection.None, CaptureSelection.None, false, false, CodeCaptureLimits.BreakpointDefaults), breakpoint.Capture);
        Assert.Equal(100, breakpoint.Capture.Limits.MaxHits);
        Assert.Equal(CodeCaptureLimits.ProbeDefaults, probe.Capture.Limits);
        Assert.Null(probe.Capture.Limits.MaxHits);
    }

    [Fact]
    public void Parse_MissingSignalType_MeansSnapshot()
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(), out var result);

        Assert.Equal(SignalType.Snapshot, configuration.Signal);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_NumberWhereStringExpected_UsesItsTextWithDiagnostic()
    {
        var configuration = ConfigJson.Single(
            """{"InstrumentationType":"PROBE","LocationHash":12345,"Location":{"CodeLocation":{"ClassName":"C","MethodName":true}}}""",
            out var result);

        Assert.Equal("12345", configuration.LocationHash);
        Assert.Equal("true", configuration.Location.MethodName);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, ".LocationHash").Issue);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, ".MethodName").Issue);
    }

    [Fact]
    public void Parse_ObjectOrArrayWhereStringExpected_DefaultsToEmptyWithDiagnostic()
    {
        var configuration = ConfigJson.Single(
            ConfigJson.Configuration(codeLocation: """{"ClassName":{"x":1},"MethodName":"M","FilePath":["a"],"CodeUnit":null}"""),
            out var result);

        Assert.Equal("", configuration.Location.ClassName);
        Assert.Equal("", configuration.Location.FilePath);
        Assert.Equal("", configuration.Location.CodeUnit);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, ".ClassName").Issue);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, ".FilePath").Issue);
        Assert.Equal(2, result.Diagnostics.Length);
    }

    [Theory]
    [InlineData("\"true\"", true)]
    [InlineData("\" FALSE \"", false)]
    public void Parse_BooleanGivenAsString_IsAcceptedWithDiagnostic(string value, bool expected)
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(codeCapture: $$"""{"CaptureReturn":{{value}}}"""), out var result);

        Assert.Equal(expected, configuration.Capture.CaptureReturn);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, ".CaptureReturn").Issue);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"yes\"")]
    [InlineData("{}")]
    [InlineData("[true]")]
    public void Parse_UnusableBoolean_DefaultsToFalseWithDiagnostic(string value)
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(codeCapture: $$"""{"CaptureStackTrace":{{value}}}"""), out var result);

        Assert.False(configuration.Capture.CaptureStackTrace);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, ".CaptureStackTrace").Issue);
    }

    [Fact]
    public void Parse_NullValues_AreTreatedAsAbsentWithoutDiagnostics()
    {
        var configuration = ConfigJson.Single(
            ConfigJson.Configuration(
                createdAt: "null",
                codeCapture: """{"CaptureArguments":null,"CaptureReturn":null,"CaptureLimits":null}""",
                extra: ""","SignalType":null,"ExpiresAt":null"""),
            out var result);

        Assert.Empty(result.Diagnostics);
        Assert.Null(configuration.CreatedAt);
        Assert.Null(configuration.ExpiresAt);
        Assert.Equal(CaptureSelection.None, configuration.Capture.Arguments);
        Assert.Equal(CodeCaptureLimits.BreakpointDefaults, configuration.Capture.Limits);
    }

    [Theory]
    [InlineData("\"all\"")]
    [InlineData("42")]
    [InlineData("[]")]
    public void Parse_CaptureConfigurationNotAnObject_UsesDefaultsWithDiagnostic(string value)
    {
        var configuration = ConfigJson.Single(ConfigJson.Configuration(extra: $$""","CaptureConfiguration":{{value}}"""), out var result);

        Assert.Equal(CodeCaptureLimits.BreakpointDefaults, configuration.Capture.Limits);
        Assert.Equal(CaptureSelection.None, configuration.Capture.Arguments);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(result, ".CaptureConfiguration").Issue);
    }

    [Fact]
    public void Parse_CodeCaptureOrLimitsNotAnObject_UsesDefaultsWithDiagnostic()
    {
        var fromCodeCapture = ConfigJson.Single(ConfigJson.Configuration(hash: "a", codeCapture: "\"x\""), out var first);
        var fromLimits = ConfigJson.Single(ConfigJson.WithLimits("[1]"), out var second);

        Assert.Equal(CodeCaptureLimits.BreakpointDefaults, fromCodeCapture.Capture.Limits);
        Assert.Equal(CodeCaptureLimits.BreakpointDefaults, fromLimits.Capture.Limits);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(first, ".CodeCapture").Issue);
        Assert.Equal(ConfigurationIssue.WrongType, ConfigJson.SingleDiagnostic(second, ".CaptureLimits").Issue);
    }

    [Fact]
    public void Parse_Diagnostic_CarriesLocationHashAndFullPath()
    {
        _ = ConfigJson.Single(ConfigJson.WithLimits("""{"MaxStringLength":0}"""), out var result);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("h-1", diagnostic.LocationHash);
        Assert.Equal("LatestConfigurations[0].CaptureConfiguration.CodeCapture.CaptureLimits.MaxStringLength", diagnostic.Path);
        Assert.Contains("clamped to 1", diagnostic.Message, StringComparison.Ordinal);
    }
}
