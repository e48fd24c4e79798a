namespace Distro.Runtime.Fixture.Shapes;

public readonly record struct Point(int X, int Y)
{
    public override string ToString() => $"({X}, {Y})";
}

public class Calculator(int offset)
{
    public int Offset { get; } = offset;

    public int AddOffset(int value) => value + Offset;

    public override string ToString() => $"Calculator({Offset})";
}

public class Widget
{
    public Widget(string name, int size)
    {
        Name = name;
        Size = size;
    }

    public string Name { get; }

    public int Size { get; }

    public override string ToString() => $"Widget({Name}, {Size})";
}

public struct Counter
{
    public int Value;

    public int Increment(int by)
    {
        Value += by;
        return Value;
    }

    public override readonly string ToString() => $"Counter({Value})";
}

public readonly struct Money
{
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public override string ToString() => $"{Amount} {Currency}";
}

public class Box<T>(T value)
{
    private T _value = value;

    public T Swap(T next)
    {
        var previous = _value;
        _value = next;
        return previous;
    }

    /// <summary>A generic method of a generic type: its body needs both the type's and the method's type argument.</summary>
    public KeyValuePair<T, TOther> PairWith<TOther>(TOther other) => new(_value, other);

    public override string ToString() => $"Box({_value})";
}

public struct Pair<T>(T first, T second)
{
    public T First = first;
    public T Second = second;

    public readonly T Pick(bool first) => first ? First : Second;

    public override readonly string ToString() => $"Pair({First}, {Second})";
}

public ref struct Cursor(Span<int> values)
{
    private readonly Span<int> _values = values;
    private int _position;

    public int Next() => _values[_position++];
}

public abstract class Shape
{
    public abstract double Area();
}
