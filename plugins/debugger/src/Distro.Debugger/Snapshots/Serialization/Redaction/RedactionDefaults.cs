namespace Distro.Debugger.Snapshots.Serialization.Redaction;

/// <summary>The identifiers redacted when nothing is configured, compared after <see cref="IdentifierNormalizer"/>.</summary>
internal static class RedactionDefaults
{
    /// <summary>Redacted when they are the whole name: <c>token</c> but not <c>tokenizer</c>, <c>pin</c> but not <c>spin</c>.</summary>
    public static readonly string[] Names =
    [
        "password", "passwd", "pwd", "pass", "passphrase", "secret", "secretkey", "clientsecret",
        "token", "accesstoken", "refreshtoken", "idtoken", "authtoken", "bearertoken", "sessiontoken",
        "csrftoken", "xsrftoken", "xcsrftoken", "xauthtoken", "jwt", "otp", "totp", "mfacode",
        "apikey", "xapikey", "accesskey", "accesskeyid", "secretaccesskey", "accountkey", "sharedaccesskey",
        "sas", "sastoken", "privatekey", "encryptionkey", "signingkey", "masterkey", "clientkey",
        "auth", "authorization", "proxyauthorization", "bearer", "credential", "credentials", "signature",
        "cookie", "cookies", "setcookie", "session", "sessionid", "sid",
        "connectionstring", "connstr",
        "ssn", "socialsecuritynumber", "nationalid", "taxid", "passportnumber", "driverslicense",
        "creditcard", "creditcardnumber", "cardnumber", "ccnumber", "cvv", "cvv2", "cvc", "pin", "pincode",
        "iban", "accountnumber", "bankaccount", "routingnumber",
    ];

    /// <summary>
    /// Redacted wherever they appear in a name (<c>userPassword</c>, <c>passwordHash</c>, <c>dbConnectionString</c>):
    /// only words that have no innocent use inside other identifiers.
    /// </summary>
    public static readonly string[] Fragments =
    [
        "password", "passwd", "passphrase", "secret", "credential", "apikey", "accesskey", "privatekey",
        "accesstoken", "refreshtoken", "authtoken", "bearertoken", "sessiontoken", "idtoken",
        "connectionstring", "creditcard", "cardnumber", "cookie", "sessionid",
    ];
}
