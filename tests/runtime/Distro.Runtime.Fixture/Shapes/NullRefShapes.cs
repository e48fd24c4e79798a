// NullRefScenarios names lines of this file: change it only together with them.
using System.Runtime.CompilerServices;

namespace Distro.Runtime.Fixture.Shapes;

/// <summary>Byrefs that are null where a probe reads them: reading through them would throw in the method.</summary>
public static class NullRefShapes
{
    public static int LastMatch(int[] values, int wanted)
    {
        ref var match = ref Unsafe.NullRef<int>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == wanted)
            {
                match = ref values[i];
            }
        }

        var found = !Unsafe.IsNullRef(ref match); // @after-search
        return found ? match + values.Length : -1;
    }

    public static ref int FindOrNullRef(int[] values, int wanted)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == wanted)
            {
                return ref values[i];
            }
        }

        return ref Unsafe.NullRef<int>();
    }

    public static string Describe(int[] values, int wanted)
    {
        ref var found = ref FindOrNullRef(values, wanted);
        return Unsafe.IsNullRef(ref found) ? "none" : found.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
