namespace Distro.Debugger.Tests;

public class SmokeTests
{
    [Fact]
    public void Build_Always_Runs() => Assert.True(true);
}
