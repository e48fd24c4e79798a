using System.Reflection;

namespace Distro.StartupHook;

/// <summary>
/// Hands over to Distro.Host, loaded into the distro's load context, through one reflection call: the startup hook
/// references nothing of the distro's so that it can load on any runtime.
/// </summary>
internal static class HostHandoff
{
    public const string HostAssembly = "Distro.Host";
    public const string EntryType = "Distro.Host.HostStartup";
    public const string EntryMethod = "Start";

    public static void Start(DistroLoadContext context)
    {
        var assembly = context.LoadFromAssemblyName(new AssemblyName(HostAssembly));
        var entry = assembly.GetType(EntryType, throwOnError: true)!
            .GetMethod(EntryMethod, BindingFlags.Public | BindingFlags.Static, binder: null, Type.EmptyTypes, modifiers: null)
            ?? throw new MissingMethodException(EntryType, EntryMethod);

        // Code that resolves types by name while the host starts (plugins among it) resolves them in the distro's context.
        using (context.EnterContextualReflection())
        {
            try
            {
                entry.Invoke(null, null);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                StartupLog.Error("Distro.Host failed to start; the application runs without telemetry from the distro", e.InnerException);
            }
        }
    }
}
