namespace Distro.Debugger.Configuration;

/// <summary>A configuration that was re-created: same identity, a different <see cref="InstrumentationConfiguration.CreatedAt"/>.</summary>
internal sealed record ConfigurationChange(InstrumentationConfiguration Previous, InstrumentationConfiguration Current);
