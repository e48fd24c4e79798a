namespace Distro.Host.Tests.InstrumentScript;

/// <summary>How a script run ended, and what it printed.</summary>
internal sealed record ScriptResult(int ExitCode, string Output, string Errors)
{
    /// <summary>The NAME=value lines of the output (as <c>env</c> prints them).</summary>
    public IReadOnlyDictionary<string, string> Variables =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Last()[1], StringComparer.Ordinal);

    public override string ToString() => $"exit {ExitCode}; stdout: {Output}; stderr: {Errors}";
}
