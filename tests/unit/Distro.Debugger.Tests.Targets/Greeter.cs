// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public sealed class Greeter
{
    private readonly string _greeting;

    public Greeter(string greeting)
    {
        _greeting = greeting;
        Name = "greeter";
    }

    public string Name { get; }

    public string Greet(string name) => $"{_greeting}, {name}";
}
