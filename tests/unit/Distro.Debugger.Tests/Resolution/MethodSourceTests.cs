using Acme.Shop;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>The file and first line that snapshots name for a probed method, whether or not the compiler rewrote it.</summary>
public class MethodSourceTests(ProbeTargetsFixture fixture) : IClassFixture<ProbeTargetsFixture>
{
    [Fact]
    public void SourceOf_OrdinaryMethod_IsItsFileAndFirstLine()
    {
        var source = fixture.Resolver.SourceOf(typeof(Picker).GetMethods().First(method => method.Name == "Pick"));

        Assert.NotNull(source);
        Assert.EndsWith("Picker.cs", source.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceOf_AsyncMethod_IsTheFileAndFirstLineOfItsStateMachine()
    {
        var source = fixture.Resolver.SourceOf(typeof(Fetcher).GetMethod(nameof(Fetcher.FetchAsync))!);

        Assert.NotNull(source);
        Assert.EndsWith("Fetcher.cs", source.FilePath, StringComparison.Ordinal);
        Assert.Equal(10, source.Line);
    }

    [Fact]
    public void SourceOf_Iterator_IsTheFileAndFirstLineOfItsStateMachine()
    {
        var source = fixture.Resolver.SourceOf(typeof(Sequence).GetMethod(nameof(Sequence.Countdown))!);

        Assert.NotNull(source);
        Assert.EndsWith("Sequence.cs", source.FilePath, StringComparison.Ordinal);
        Assert.Equal(8, source.Line);
    }
}
