using Distro.Host.Plugins;

namespace Distro.Host.Tests.Plugins;

public sealed class PluginTypeNameTests
{
    [Fact]
    public void Parse_SimpleName_SplitsTypeAndAssembly()
    {
        var name = PluginTypeName.Parse("Shop.Plugins.Audit, Shop.Plugins");

        Assert.NotNull(name);
        Assert.Equal("Shop.Plugins.Audit", name.TypeName);
        Assert.Equal("Shop.Plugins", name.Assembly.Name);
    }

    [Fact]
    public void Parse_FullAssemblyName_KeepsItsVersion()
    {
        var name = PluginTypeName.Parse("Shop.Audit, Shop, Version=1.2.3.4, Culture=neutral, PublicKeyToken=null");

        Assert.NotNull(name);
        Assert.Equal("Shop.Audit", name.TypeName);
        Assert.Equal(new Version(1, 2, 3, 4), name.Assembly.Version);
    }

    [Fact]
    public void Parse_GenericArguments_DoNotEndTheTypeName()
    {
        var name = PluginTypeName.Parse("Shop.Box`1[[System.Int32, System.Private.CoreLib]], Shop");

        Assert.NotNull(name);
        Assert.Equal("Shop.Box`1[[System.Int32, System.Private.CoreLib]]", name.TypeName);
        Assert.Equal("Shop", name.Assembly.Name);
    }

    [Theory]
    [InlineData("Shop.Audit")]
    [InlineData(", Shop")]
    [InlineData("Shop.Audit, ")]
    [InlineData("Shop.Audit, Shop, Version=not-a-version")]
    public void Parse_NotAssemblyQualified_IsNull(string text)
    {
        Assert.Null(PluginTypeName.Parse(text));
    }
}
