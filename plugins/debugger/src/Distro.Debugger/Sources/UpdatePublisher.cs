using Distro.Debugger.Configuration;
using Distro.Debugger.Diagnostics;

namespace Distro.Debugger.Sources;

/// <summary>
/// Hands a source's updates to the consumer one at a time, even from several loops, and keeps the consumer's
/// failures out of the source's loops.
/// </summary>
internal sealed class UpdatePublisher(IConfigurationConsumer consumer)
{
    private readonly object _applying = new();

    /// <summary>Returns false when the consumer failed, so the source can fetch the set again rather than assume it applied.</summary>
    public bool TryApply(ConfigurationUpdate update)
    {
        var type = WireNames.Of(update.Type);
        try
        {
            lock (_applying)
            {
                consumer.Apply(update);
            }

            DebuggerEventSource.Log.ConfigurationsApplied(update.Source, type, update.Configurations.Length, update.Invalid.Length);
            return true;
        }
        catch (Exception e)
        {
            DebuggerEventSource.Log.ConfigurationsNotApplied(update.Source, type, e.ToString());
            return false;
        }
    }
}
