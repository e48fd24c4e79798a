using System.Collections.Concurrent;
using Distro.Debugger.Snapshots.Serialization.Shapes;

namespace Distro.Debugger.Snapshots.Capture;

/// <summary>Exception messages read without running user code, with one reader per exception type.</summary>
internal static class ExceptionMessages
{
    private static readonly ConcurrentDictionary<Type, ExceptionMessageReader> s_readers = new();

    public static string? Read(Exception exception) =>
        s_readers.GetOrAdd(exception.GetType(), static type => new ExceptionMessageReader(type)).Read(exception);
}
