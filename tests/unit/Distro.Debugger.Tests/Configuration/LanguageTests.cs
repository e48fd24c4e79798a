using Distro.Debugger.Configuration;

namespace Distro.Debugger.Tests.Configuration;

public class LanguageTests
{
    private static InstrumentationConfiguration WithLanguage(string languageJson) =>
        ConfigJson.Single(ConfigJson.Configuration(codeLocation: $$"""{"Language":{{languageJson}},"ClassName":"C","MethodName":"M"}"""));

    [Theory]
    [InlineData("\"Dotnet\"")]
    [InlineData("\"dotnet\"")]
    [InlineData("\"DOTNET\"")]
    [InlineData("\".NET\"")]
    [InlineData("\"csharp\"")]
    [InlineData("\"C#\"")]
    [InlineData("\"c#\"")]
    [InlineData("\"fsharp\"")]
    [InlineData("\"F#\"")]
    [InlineData("\"vb\"")]
    [InlineData("\"VB.NET\"")]
    [InlineData("\" dotnet \"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Parse_DotnetLanguage_IsNoMismatch(string language)
    {
        Assert.False(WithLanguage(language).IsLanguageMismatch);
    }

    [Fact]
    public void Parse_MissingLanguage_IsNoMismatch()
    {
        Assert.False(ConfigJson.Single(ConfigJson.Configuration(codeLocation: """{"ClassName":"C"}""")).IsLanguageMismatch);
    }

    [Theory]
    [InlineData("\"java\"")]
    [InlineData("\"python\"")]
    [InlineData("\"Node.js\"")]
    [InlineData("\"go\"")]
    [InlineData("\"dotnetcore-ish\"")]
    public void Parse_OtherLanguage_IsKeptAndMarkedAsMismatch(string language)
    {
        var configuration = WithLanguage(language);

        Assert.True(configuration.IsLanguageMismatch);
        Assert.Equal("h-1", configuration.LocationHash);
    }
}
