using Distro.Debugger.Snapshots.Serialization.Redaction;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class RedactionEnvironmentTests
{
    [Fact]
    public void Read_NoVariables_ChangesNothing()
    {
        var settings = RedactionEnvironment.Read(_ => null);

        Assert.Empty(settings.AddedIdentifiers);
        Assert.Empty(settings.ExcludedIdentifiers);
        Assert.Empty(settings.RedactedTypes);
    }

    [Fact]
    public void Read_CommaSeparatedLists_AreTrimmedAndEmptyEntriesDropped()
    {
        var settings = RedactionEnvironment.Read(Variables(
            (RedactionEnvironment.RedactedIdentifiersVariable, " nickname , ,favoriteColor"),
            (RedactionEnvironment.ExcludedIdentifiersVariable, "pin"),
            (RedactionEnvironment.RedactedTypesVariable, "Shop.Secrets*,Shop.Item")));

        Assert.Equal(["nickname", "favoriteColor"], settings.AddedIdentifiers);
        Assert.Equal(["pin"], settings.ExcludedIdentifiers);
        Assert.Equal(["Shop.Secrets*", "Shop.Item"], settings.RedactedTypes);
    }

    [Fact]
    public void FromEnvironment_AddedIdentifier_IsRedactedAsAWholeName()
    {
        var policy = RedactionPolicy.FromEnvironment(Variables((RedactionEnvironment.RedactedIdentifiersVariable, "nickname")));

        Assert.True(policy.IsRedactedName("nickName"));
        Assert.True(policy.IsRedactedName("nick_name"));
        Assert.False(policy.IsRedactedName("nicknames"));
        Assert.True(policy.IsRedactedName("password"));
    }

    [Fact]
    public void FromEnvironment_ExcludedIdentifier_IsNoLongerRedacted()
    {
        var policy = RedactionPolicy.FromEnvironment(Variables((RedactionEnvironment.ExcludedIdentifiersVariable, "pin,session")));

        Assert.False(policy.IsRedactedName("pin"));
        Assert.False(policy.IsRedactedName("Session"));
        Assert.True(policy.IsRedactedName("token"));
    }

    [Fact]
    public void FromEnvironment_ExcludedFragment_StopsMatchingInsideNames()
    {
        var policy = RedactionPolicy.FromEnvironment(Variables((RedactionEnvironment.ExcludedIdentifiersVariable, "password")));

        Assert.False(policy.IsRedactedName("password"));
        Assert.False(policy.IsRedactedName("userPassword"));
        Assert.True(policy.IsRedactedName("clientSecret"));
    }

    [Fact]
    public void FromEnvironment_ExcludedSpecificName_WinsOverAFragment()
    {
        var policy = RedactionPolicy.FromEnvironment(Variables((RedactionEnvironment.ExcludedIdentifiersVariable, "passwordPolicy")));

        Assert.False(policy.IsRedactedName("password_policy"));
        Assert.True(policy.IsRedactedName("passwordHash"));
    }

    [Fact]
    public void FromEnvironment_RedactedTypes_AreRedacted()
    {
        var policy = RedactionPolicy.FromEnvironment(Variables((RedactionEnvironment.RedactedTypesVariable, "Shop.Secrets*")));

        Assert.True(policy.IsRedactedType(typeof(SecretsVault)));
        Assert.False(policy.IsRedactedType(typeof(Item)));
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.GetValueOrDefault(name);
    }
}
