namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>A scenario's failure with what explains it (see <see cref="FailureReport"/>) appended to its message.</summary>
public sealed class ScenarioFailedException(string message, Exception innerException) : Exception(message, innerException);
