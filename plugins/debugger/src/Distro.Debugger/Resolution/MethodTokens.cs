using System.Reflection;

namespace Distro.Debugger.Resolution;

internal static class MethodTokens
{
    /// <summary>The method with a metadata token in a loaded module, or null when the token names none.</summary>
    public static MethodBase? Resolve(Module module, int token)
    {
        try
        {
            return module.ResolveMethod(token);
        }
        catch (Exception exception) when (exception is ArgumentException or BadImageFormatException or TypeLoadException)
        {
            return null;
        }
    }
}
