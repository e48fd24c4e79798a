namespace Distro.Debugger.Configuration;

/// <summary>
/// Who a configuration is, across polls: the config API keys configurations by type and location hash.
/// Whether it is the same version of that configuration is a separate question (see <see cref="InstrumentationConfiguration.IsSameVersionAs"/>).
/// </summary>
internal readonly record struct ConfigurationIdentity(InstrumentationType Type, string LocationHash);
