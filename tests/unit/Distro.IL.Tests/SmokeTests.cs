namespace Distro.IL.Tests;

public class SmokeTests
{
    [Fact]
    public void Build_Always_Runs() => Assert.True(true);
}
