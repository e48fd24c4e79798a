using System.Reflection;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Resolution;

/// <summary>
/// The types of an assembly that can be loaded. Reflection over definitions never runs a type initializer; an
/// assembly whose dependencies are missing yields the types that did load.
/// </summary>
internal static class LoadableTypes
{
    public static IReadOnlyList<Type> Of(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            var firstError = exception.LoaderExceptions.FirstOrDefault(error => error is not null)?.Message ?? exception.Message;
            DebuggerEventSource.Log.TypesPartiallyLoaded(assembly.FullName ?? string.Empty, firstError);
            return exception.Types.OfType<Type>().ToArray();
        }
        catch (Exception exception)
        {
            DebuggerEventSource.Log.TypesPartiallyLoaded(assembly.FullName ?? string.Empty, exception.Message);
            return [];
        }
    }
}
