// Line probe scenarios name lines of this file (see LineScenarios.cs): change it only together with them. A local they look at is read more than once, or the optimizing compiler may keep it on the stack without a slot.
namespace Distro.Runtime.Fixture.Shapes;

public static class LineShapes
{
    public static int SumLoop(int count)
    {
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            total += i; // @loop-body
        }

        return total;
    }

    public static string Guarded(string input)
    {
        var log = "start";
        try
        {
            log += ":try"; // @try-first
            if (input.Length == 0)
            {
                throw new ArgumentException("empty input");
            }

            return log + ":" + input;
        }
        catch (ArgumentException e) // @catch-declaration
        {
            log += ":" + e.Message; // @catch-body
            return log;
        }
        finally
        {
            log += ":finally"; // @finally-body
        }
    }

    public static int ForeachList(List<int> values)
    {
        var sum = 0;
        foreach (var value in values)
        {
            sum += value; // @foreach-body
        }

        return sum;
    }

    public static string Classify(int code)
    {
        var label = code switch // @switch
        {
            0 => "zero",
            < 0 => "negative",
            _ => "positive",
        };
        return label + ":" + label.Length;
    }

    public static int UsingBlock(string text)
    {
        using var reader = new StringReader(text);
        var first = reader.ReadLine() ?? string.Empty;
        return first.Length > 0 ? first.Length : -1; // @using-body
    }

    public static async Task<int> AfterAwaitAsync(int seed)
    {
        var before = seed * 2;
        await Task.Yield();
        var after = before + 1; // @after-await
        return after;
    }

    public static IEnumerable<int> Countdown(int from)
    {
        for (var current = from; current > 0; current--)
        {
            yield return current;
            var next = current - 1; // @after-yield
            _ = next;
        }
    }

    public static Func<int, int> MakeAdder(int offset)
    {
        var scale = 10;
        return value =>
        {
            var scaled = value * scale; // @lambda-body
            return scaled > 0 ? scaled + offset : offset;
        };
    }

    public static int WithLocalFunction(int input)
    {
        var bias = 3;
        return Twice(input);

        int Twice(int value)
        {
            var doubled = value * 2; // @local-function-body
            return doubled + bias;
        }
    }

    public static int SpanLocal(int count)
    {
        Span<int> buffer = stackalloc int[count];
        var filled = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = i;
            filled++; // @span-local
        }

        return filled + buffer[^1];
    }

    public static int TwoLines(int seed)
    {
        var doubled = seed * 2;
        var shifted = doubled + 3; // @two-lines-first
        var product = shifted * doubled; // @two-lines-second
        return product + shifted;
    }

    public static string Describe(int code)
    {
        var prefix = "code";
        string text;
        switch (code)
        {
            case 0:
                text = prefix + ":none";
                break;
            case 1:
                text = prefix + ":one";
                break;
            case 2:
                text = prefix + ":two"; // @switch-case
                break;
            case 3:
                text = prefix + ":three";
                break;
            default:
                text = prefix + ":many";
                break;
        }

        return text + ":" + prefix;
    }
}
