using System.Reflection;
using System.Runtime.CompilerServices;

namespace Distro.Debugger.Resolution;

/// <summary>
/// An assembly's simple name, read once: <see cref="Assembly.GetName()"/> builds a new name object on every call, and
/// each resolution asks it of every loaded assembly.
/// </summary>
internal static class AssemblySimpleNames
{
    private static readonly ConditionalWeakTable<Assembly, string> s_names = [];

    public static string Of(Assembly assembly) =>
        s_names.GetValue(assembly, static loaded => loaded.GetName().Name ?? string.Empty);
}
