using System.Runtime.InteropServices;

namespace Distro.Runtime.Fixture.Shapes;

/// <summary>Methods that nothing calls before the scenario instruments them, so they are first compiled already rewritten.</summary>
public static class Cold
{
    public static int Square(int value) => value * value;
}

/// <summary>Methods the engine must refuse, with a reason.</summary>
public static partial class Unrewritable
{
    [LibraryImport("libc", EntryPoint = "getpid")]
    public static partial int GetProcessId();
}
