using Distro.Debugger.Snapshots.Serialization.Redaction;
using Shop;

namespace Distro.Debugger.Tests.Snapshots.Serialization;

public class RedactionCaptureTests
{
    [Fact]
    public void WriteValue_SecretFields_AreRedactedOthersKept() =>
        Assert.Equal(
            Cv.Fields("Shop.Secrets", $"""
                "Password":{Cv.NotCaptured("System.String", "redacted")},"UserName":{Cv.Str("alice")},"ApiKey":{Cv.NotCaptured("System.String", "redacted")}
                """),
            Capture.Json(new Secrets()));

    [Fact]
    public void WriteValue_SecretArgumentName_IsRedactedWhateverTheValue()
    {
        Assert.Equal(Cv.NotCaptured("System.String", "redacted"), Capture.Json("hunter2", name: "password"));
        Assert.Equal(Cv.NotCaptured("Shop.Item", "redacted"), Capture.Json(new Item("x", 1), name: "apiKey"));
        Assert.Equal(Cv.NotCaptured("System.String", "redacted"), Capture.Json(null, typeof(string), name: "token"));
    }

    [Fact]
    public void WriteValue_SecretDictionaryKey_RedactsTheValueKeepsTheKey()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer abc", ["Accept"] = "json" };

        Assert.Equal(
            Cv.Entries(
                "System.Collections.Generic.Dictionary<System.String, System.String>", 2,
                Cv.Entry(Cv.Str("Authorization"), Cv.NotCaptured("System.String", "redacted")),
                Cv.Entry(Cv.Str("Accept"), Cv.Str("json"))),
            Capture.Json(headers));
    }

    [Fact]
    public void WriteValue_RedactedType_IsRedactedWhereverItAppears()
    {
        var policy = new RedactionPolicy(RedactionDefaults.Names, RedactionDefaults.Fragments, [], ["Shop.SecretsVault"]);

        Assert.Equal(
            Cv.Fields("Shop.Holder", $""" "Content":{Cv.NotCaptured("Shop.SecretsVault", "redacted")}""".Trim()),
            Capture.Json(new Holder { Content = new SecretsVault() }, redaction: policy));
    }

    [Fact]
    public void WriteNamedValues_SecretName_IsRedactedAmongOthers() =>
        Assert.Equal(
            $$"""{"user":{{Cv.Str("alice")}},"password":{{Cv.NotCaptured("System.String", "redacted")}}}""",
            Capture.NamedValuesJson([new("user", "alice", typeof(string)), new("password", "hunter2", typeof(string))]));

    [Fact]
    public void WriteValue_SwitchingPolicies_AppliesEachPolicy()
    {
        var redacting = new RedactionPolicy([], [], [], ["Shop.SecretsVault"]);

        Assert.Equal(Cv.NotCaptured("Shop.SecretsVault", "redacted"), Capture.Json(new SecretsVault(), redaction: redacting));
        Assert.Equal(Cv.Fields("Shop.SecretsVault", $""" "Content":{Cv.Str("classified")}""".Trim()), Capture.Json(new SecretsVault()));
    }
}
