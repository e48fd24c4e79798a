namespace Distro.Host.Tests.Plugins;

public sealed class ThrowingConstructorPlugin
{
    public ThrowingConstructorPlugin() => throw new InvalidOperationException("constructor refuses");

    public void Initializing() => PluginCalls.Record("ThrowingConstructor.Initializing");
}

/// <summary>Throws from Initializing; must not be called again afterwards.</summary>
public sealed class ThrowingInitializingPlugin
{
    public void Initializing() => throw new InvalidOperationException("initializing refuses");

    public void Initialized() => PluginCalls.Record("ThrowingInitializing.Initialized");
}

public abstract class AbstractPlugin
{
    public void Initializing() => PluginCalls.Record("Abstract.Initializing");
}

public sealed class NoParameterlessConstructorPlugin(string name)
{
    public void Initializing() => PluginCalls.Record("NoParameterlessConstructor.Initializing " + name);
}
