namespace Distro.IL.Tests.Codec;

/// <summary>Methods whose compiled bodies the round-trip tests read back from this assembly's file.</summary>
internal static class SampleMethods
{
    private static int s_counter;

    public static int Add(int left, int right) => left + right;

    public static string Switch(int value) => value switch
    {
        0 => "zero",
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        _ => "many",
    };

    public static int TryCatchFinally(string text)
    {
        try
        {
            return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return -1;
        }
        finally
        {
            s_counter++;
        }
    }

    public static bool FilterWhen(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (InvalidOperationException exception) when (exception.Message.Length > 3)
        {
            return false;
        }
    }

    public static int Loop(int[] values)
    {
        var sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                continue;
            }

            sum += values[i];
        }

        return sum;
    }

    public static int StackAlloc(int length)
    {
        Span<byte> buffer = stackalloc byte[length];
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)i;
        }

        var sum = 0;
        foreach (var value in buffer)
        {
            sum += value;
        }

        return sum;
    }

    public static string Large(int a, long b, double c, string d)
    {
        var text = string.Concat(a.ToString(System.Globalization.CultureInfo.InvariantCulture), "-", d);
        var total = (a * 31) + (b * 17) + (long)(c * 13.5);
        if (total > 1_000_000)
        {
            text += "big";
        }
        else if (total < -1_000_000)
        {
            text += "small";
        }

        using (var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
        {
            writer.Write(text);
            writer.Write(total);
            text = writer.ToString();
        }

        return text.Length > 100 ? text[..100] : text;
    }

    public static async Task<int> AsyncWithAwait(Task<int> pending)
    {
        try
        {
            return await pending.ConfigureAwait(false) + 1;
        }
        catch (TaskCanceledException)
        {
            return 0;
        }
    }
}
