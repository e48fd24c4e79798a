namespace Distro.Debugger.Configuration;

/// <summary>The accepted range of one numeric setting and the value used when it is absent or unusable.</summary>
internal readonly record struct LimitRange(int Min, int Max, int Default);
