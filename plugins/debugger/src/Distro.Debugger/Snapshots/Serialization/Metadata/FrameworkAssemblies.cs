using System.Collections.Concurrent;
using System.Reflection;

namespace Distro.Debugger.Snapshots.Serialization.Metadata;

/// <summary>
/// Recognizes assemblies of .NET, ASP.NET Core and Microsoft.Extensions by name and Microsoft's public key tokens.
/// Their code is trusted not to run user code where this serializer relies on it (an exception's message getter,
/// a reflection object's name); it decides nothing about safety against a deliberately forged assembly.
/// </summary>
internal static class FrameworkAssemblies
{
    private static readonly string[] s_microsoftPublicKeyTokens =
    [
        "7cec85d7bea7798e", "b03f5f7f11d50a3a", "cc7b13ffcd2ddd51", "adb9793829ddae60", "31bf3856ad364e35",
    ];

    private static readonly ConcurrentDictionary<Assembly, bool> s_verdicts = new();

    public static bool Contains(Assembly assembly)
    {
        // Collectible assemblies are never framework ones, and must not be kept alive by this cache.
        if (assembly.IsCollectible)
        {
            return false;
        }

        return s_verdicts.GetOrAdd(assembly, static a => IsFramework(a.GetName()));
    }

    public static bool Declares(Type type) => Contains(type.Assembly);

    private static bool IsFramework(AssemblyName name)
    {
        var simpleName = name.Name ?? string.Empty;
        var hasFrameworkName = simpleName is "mscorlib" or "netstandard" or "System"
            || simpleName.StartsWith("System.", StringComparison.Ordinal)
            || simpleName.StartsWith("Microsoft.", StringComparison.Ordinal);
        var token = name.GetPublicKeyToken();
        return hasFrameworkName && token is { Length: 8 } && s_microsoftPublicKeyTokens.Contains(Convert.ToHexString(token).ToLowerInvariant());
    }
}
