namespace Distro.Debugger.Configuration;

/// <summary>A configuration that was dropped because it lacks what matters, so the caller can report it as ERROR.</summary>
/// <remarks>
/// <para><c>LocationHash</c>: Null when the configuration had none (it cannot be reported then).</para>
/// <para><c>Type</c>: Null when the configuration had no known instrumentation type.</para>
/// </remarks>
internal sealed record InvalidConfiguration(string? LocationHash, InstrumentationType? Type, string Reason);
