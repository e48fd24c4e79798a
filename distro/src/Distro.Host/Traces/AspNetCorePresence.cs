namespace Distro.Host.Traces;

/// <summary>
/// Whether the application runs on the ASP.NET Core framework. The ASP.NET Core instrumentation binds to its types,
/// so it is only added where they resolve.
/// </summary>
internal static class AspNetCorePresence
{
    private const string HttpContextType = "Microsoft.AspNetCore.Http.HttpContext, Microsoft.AspNetCore.Http.Abstractions";

    public static bool IsPresent()
    {
        try
        {
            return Type.GetType(HttpContextType, throwOnError: false) is not null;
        }
        catch (Exception e) when (e is FileLoadException or BadImageFormatException)
        {
            return false;
        }
    }
}
