namespace Distro.Runtime.Tests;

/// <summary>Byrefs that are null where a probe reads them are passed as markers; the method runs as without the probe.</summary>
public class NullByRefTests
{
    [Fact]
    public void RefLocalPointingNowhere_AtALine_IsAMarkerAndTheMethodRunsAsBefore()
    {
        var report = FixtureProcess.Report("null-ref-local");

        Assert.Equal("Applied", report.Phase("armed").Status);
        var found = report.Armed("found");
        Assert.Equal("7:Int32", found.Result);
        Assert.Equal("5:Int32", Assert.Single(found.Events).Locals!["match"]);
        var missing = report.Armed("missing");
        Assert.Null(missing.ExceptionType);
        Assert.Equal("-1:Int32", missing.Result);
        Assert.Equal("<NullReference>", Assert.Single(missing.Events).Locals!["match"]);
    }

    [Fact]
    public void RefReturnOfNullRef_AtReturn_IsAMarkerAndTheCallerStillGetsTheNullRef()
    {
        var report = FixtureProcess.Report("null-ref-return");

        Assert.Equal("Applied", report.Phase("armed").Status);
        var found = report.Armed("found");
        Assert.Equal("\"4\"", found.Result);
        Assert.Equal("4:Int32", found.Single("return").ReturnValue);
        var missing = report.Armed("missing");
        Assert.Null(missing.ExceptionType);
        Assert.Equal("\"none\"", missing.Result);
        Assert.Equal("<NullReference>", missing.Single("return").ReturnValue);
    }
}
