using System.Collections.Immutable;
using Distro.Debugger.Configuration;

namespace Distro.Debugger.Sources;

/// <summary>The full current set of one instrumentation type from one source.</summary>
/// <remarks>
/// <para><c>Source</c>: Which source it comes from (<see cref="ConfigApiPoller.SourceName"/> or <see cref="ProbeFileSource.SourceName"/>).</para>
/// <para><c>Configurations</c>: Every configuration of <c>Type</c> the source holds now, all pages together.</para>
/// <para><c>Invalid</c>: The configurations of that set that were dropped, so that they can be reported as ERROR.</para>
/// </remarks>
internal sealed record ConfigurationUpdate(
    string Source,
    InstrumentationType Type,
    ImmutableArray<InstrumentationConfiguration> Configurations,
    ImmutableArray<InvalidConfiguration> Invalid)
{
    public static ConfigurationUpdate Empty(string source, InstrumentationType type) => new(source, type, [], []);
}
