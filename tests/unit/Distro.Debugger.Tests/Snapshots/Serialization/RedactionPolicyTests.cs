using Distro.Debugger.Snapshots.Serialization.Redaction;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class RedactionPolicyTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("Password")]
    [InlineData("PASS-WORD")]
    [InlineData("user_password")]
    [InlineData("passwordHash")]
    [InlineData("_password")]
    [InlineData("m_password")]
    [InlineData("token")]
    [InlineData("m_token")]
    [InlineData("authToken")]
    [InlineData("x-api-key")]
    [InlineData("api_key")]
    [InlineData("ApiKey")]
    [InlineData("set-cookie")]
    [InlineData("requestCookies")]
    [InlineData("Authorization")]
    [InlineData("sessionId")]
    [InlineData("pin")]
    [InlineData("dbConnectionString")]
    [InlineData("clientSecret")]
    [InlineData("credit card")]
    [InlineData("ssn")]
    [InlineData("cvv")]
    public void IsRedactedName_SecretLookingName_IsRedacted(string name) =>
        Assert.True(RedactionPolicy.Default.IsRedactedName(name));

    [Theory]
    [InlineData("tokenizer")]
    [InlineData("cancellationToken")]
    [InlineData("author")]
    [InlineData("spin")]
    [InlineData("className")]
    [InlineData("userName")]
    [InlineData("count")]
    [InlineData("sessionState")]
    [InlineData("")]
    public void IsRedactedName_OrdinaryName_IsNotRedacted(string name) =>
        Assert.False(RedactionPolicy.Default.IsRedactedName(name));

    [Fact]
    public void IsRedactedName_VeryLongNameContainingAFragment_IsRedacted() =>
        Assert.True(RedactionPolicy.Default.IsRedactedName(new string('a', 1_000) + "Password"));

    [Fact]
    public void IsRedactedIdentifier_RepeatedName_GivesTheSameVerdict()
    {
        var policy = new RedactionPolicy(["secret"], [], [], []);

        Assert.True(policy.IsRedactedIdentifier("secret"));
        Assert.True(policy.IsRedactedIdentifier("secret"));
        Assert.False(policy.IsRedactedIdentifier("public"));
    }

    [Fact]
    public void IsRedactedType_DefaultPolicy_RedactsNoType() =>
        Assert.False(RedactionPolicy.Default.IsRedactedType(typeof(Secrets)));

    [Fact]
    public void IsRedactedType_PrefixPattern_MatchesTypesStartingWithIt()
    {
        var policy = new RedactionPolicy([], [], [], ["Shop.Secrets*"]);

        Assert.True(policy.IsRedactedType(typeof(Secrets)));
        Assert.True(policy.IsRedactedType(typeof(SecretsVault)));
        Assert.False(policy.IsRedactedType(typeof(Item)));
    }

    [Fact]
    public void IsRedactedType_ExactPattern_MatchesThatTypeOnly()
    {
        var policy = new RedactionPolicy([], [], [], ["Shop.Secrets"]);

        Assert.True(policy.IsRedactedType(typeof(Secrets)));
        Assert.False(policy.IsRedactedType(typeof(SecretsVault)));
    }

    [Fact]
    public void IsRedactedType_GenericPattern_MatchesTheSnapshotName()
    {
        var policy = new RedactionPolicy([], [], [], ["System.Collections.Generic.List<Shop.Secrets>"]);

        Assert.True(policy.IsRedactedType(typeof(List<Secrets>)));
        Assert.False(policy.IsRedactedType(typeof(List<Item>)));
    }
}
