namespace Shop;

// Plain application types, in a short namespace so that expected type names read like real ones.

public enum Color
{
    Red,
    Green,
}

[Flags]
public enum Access
{
    None = 0,
    Read = 1,
    Write = 2,
}

public sealed class Item(string name, int quantity)
{
    public string Name { get; } = name;

    public int Quantity { get; } = quantity;
}

public abstract class Animal(string name, int legs)
{
    private readonly string _name = name;

    public int Legs { get; } = legs;

    public string Describe() => _name;
}

public sealed class Dog(string name, string breed) : Animal(name, 4)
{
    private readonly string _breed = breed;

    public bool GoodBoy { get; } = true;

    public string Breed() => _breed;
}

public record Person(string Name, int Age);

public record struct Point(int X, int Y);

public struct Measurement
{
    public double Value;
    public string Unit;
}

public sealed class Node
{
    public int Value;
    public Node? Next;
    public List<Node> Children = [];
}

public sealed class Pair
{
    public object? Left;
    public object? Right;
}

public sealed class WithNullable
{
    public int? Present = 5;
    public int? Absent;
}

public class HiddenBase
{
    public int Value = 1;
}

public sealed class HiddenDerived : HiddenBase
{
    public new int Value = 2;
}

public sealed class Wide
{
    public int A = 1;
    public int B = 2;
    public int C = 3;
    public int D = 4;
}

public sealed class Outer
{
    public sealed class Inner;
}

public sealed class GenericOuter<T>
{
    public sealed class Inner<TOther>;
}

public static class Functions
{
    public static int Twice(int value) => value * 2;
}

public sealed class Secrets
{
    public string Password = "hunter2";
    public string UserName = "alice";
    public string ApiKey { get; } = "k-123";
}

public sealed class SecretsVault
{
    public string Content = "classified";
}

public sealed class Holder
{
    public object? Content;
}
