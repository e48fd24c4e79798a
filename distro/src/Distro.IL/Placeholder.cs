namespace Distro.IL;

internal static class Placeholder;
