using System.Text;

namespace Distro.Contract.Tests.Frameworks.Harness;

/// <summary>Values far above the capture limits the tests set, recognizable when clamped.</summary>
internal static class LongValues
{
    /// <summary>"0123456789" repeated up to <paramref name="length"/> characters.</summary>
    public static string Note(int length)
    {
        var text = new StringBuilder(length);
        for (var index = 0; index < length; index++)
        {
            text.Append((char)('0' + (index % 10)));
        }

        return text.ToString();
    }

    /// <summary>0, 1, 2, ..., <paramref name="count"/> - 1.</summary>
    public static int[] Counts(int count) => [.. Enumerable.Range(0, count)];
}
