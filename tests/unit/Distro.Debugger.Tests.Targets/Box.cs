// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public sealed class Box<T>
{
    private readonly T _value;

    public Box(T value) => _value = value;

    public T Open() => _value;
}
