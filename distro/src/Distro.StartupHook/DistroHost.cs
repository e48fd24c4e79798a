using System.Reflection;

namespace Distro.StartupHook;

/// <summary>Starts the distro's components inside their own load context.</summary>
internal static class DistroHost
{
    private const string DebuggerEnabledVariable = "OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED";
    private const string DebuggerAssembly = "Distro.Debugger";
    private const string DebuggerPluginType = "Distro.Debugger.DebuggerPlugin";

    private static DistroLoadContext? s_context;

    public static void Start(DistroHome home)
    {
        SharedAssemblyResolver.LoadHooks();
        s_context = new DistroLoadContext(home);
        if (string.Equals(Environment.GetEnvironmentVariable(DebuggerEnabledVariable), "true", StringComparison.OrdinalIgnoreCase))
        {
            StartPlugin(s_context, DebuggerAssembly, DebuggerPluginType);
        }
    }

    private static void StartPlugin(DistroLoadContext context, string assemblyName, string typeName)
    {
        try
        {
            var type = context.LoadFromAssemblyName(new AssemblyName(assemblyName)).GetType(typeName, throwOnError: true)!;
            var plugin = Activator.CreateInstance(type);
            type.GetMethod("Initializing", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)?.Invoke(plugin, null);
            StartupLog.Info($"Plugin {typeName} initialized");
        }
        catch (Exception e)
        {
            StartupLog.Error($"Plugin {typeName} failed to start and is skipped", e is TargetInvocationException { InnerException: { } inner } ? inner : e);
        }
    }
}
