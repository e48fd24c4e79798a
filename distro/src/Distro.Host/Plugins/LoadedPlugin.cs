using System.Reflection;
using Distro.Host.Diagnostics;

namespace Distro.Host.Plugins;

/// <summary>
/// One plugin instance and the calls made to it by method name. A method the plugin does not define is not called. A
/// plugin that throws is reported and skipped from then on: whatever it left half-done, the others and the application
/// go on.
/// </summary>
internal sealed class LoadedPlugin(string name, object instance)
{
    private bool _failed;

    /// <summary>Calls a parameterless method, such as Initializing.</summary>
    public void Call(string method) => Invoke(method, Type.EmptyTypes, []);

    /// <summary>Calls a method that takes one argument of type <typeparamref name="T"/> and returns nothing of use.</summary>
    public void Call<T>(string method, T argument)
        where T : notnull => Invoke(method, [typeof(T)], [argument]);

    /// <summary>
    /// Calls a method that takes a builder and returns the builder to go on with; a plugin that returns nothing
    /// usable leaves the builder it was given.
    /// </summary>
    public T Chain<T>(string method, T builder)
        where T : class => Invoke(method, [typeof(T)], [builder]) as T ?? builder;

    private object? Invoke(string method, Type[] parameterTypes, object[] arguments)
    {
        if (_failed)
        {
            return null;
        }

        MethodInfo? target;
        try
        {
            target = instance.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance, parameterTypes);
        }
        catch (AmbiguousMatchException e)
        {
            Fail(method, e);
            return null;
        }

        if (target is null)
        {
            return null;
        }

        try
        {
            return target.Invoke(instance, arguments);
        }
        catch (TargetInvocationException e)
        {
            Fail(method, e.InnerException ?? e);
        }
        catch (Exception e)
        {
            Fail(method, e);
        }

        return null;
    }

    private void Fail(string method, Exception exception)
    {
        _failed = true;
        HostLog.Error($"Plugin {name} threw from {method}; it is skipped from now on", exception);
    }
}
