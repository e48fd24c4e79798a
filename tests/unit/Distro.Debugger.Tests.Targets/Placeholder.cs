namespace Distro.Debugger.Tests.Targets;

internal static class Placeholder;
