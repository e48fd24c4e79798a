using Distro.Debugger.Resolution;

namespace Distro.Debugger.Tests.Resolution;

public class SourcePathPatternTests
{
    private const string Document = "/build/agent/src/Shop/Controllers/OrdersController.cs";

    [Theory]
    [InlineData("OrdersController.cs", 1)]
    [InlineData("Controllers/OrdersController.cs", 2)]
    [InlineData(@"Shop\Controllers\OrdersController.cs", 3)]
    [InlineData("shop/CONTROLLERS/orderscontroller.CS", 3)]
    [InlineData("./Controllers//OrdersController.cs", 2)]
    [InlineData("../Controllers/OrdersController.cs", 2)]
    [InlineData("/build/agent/src/Shop/Controllers/OrdersController.cs", 6)]
    [InlineData(@"C:\Users\me\src\Shop\Controllers\OrdersController.cs", 4)]
    [InlineData("/home/me/Admin/Controllers/OrdersController.cs", 2)]
    public void Score_MatchingPaths_CountCommonTrailingSegments(string filePath, int score)
    {
        Assert.Equal(score, SourcePathPattern.Parse(filePath)!.Score(Document));
    }

    [Theory]
    [InlineData("Admin/OrdersController.cs")]
    [InlineData("Controllers/Orders.cs")]
    [InlineData("sController.cs")]
    [InlineData("/home/me/Other.cs")]
    public void Score_NotMatchingPaths_IsZero(string filePath)
    {
        Assert.Equal(0, SourcePathPattern.Parse(filePath)!.Score(Document));
    }

    [Fact]
    public void Score_WindowsDocumentPath_MatchesUnixRequest()
    {
        Assert.Equal(2, SourcePathPattern.Parse("Controllers/OrdersController.cs")!.Score(@"D:\a\1\s\Controllers\OrdersController.cs"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("/")]
    [InlineData("../..")]
    public void Parse_NoFileName_ReturnsNull(string filePath)
    {
        Assert.Null(SourcePathPattern.Parse(filePath));
    }
}
