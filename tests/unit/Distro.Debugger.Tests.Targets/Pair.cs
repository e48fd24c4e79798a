// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

public sealed class Pair<TLeft, TRight>
{
    public TLeft Left(TLeft left, TRight right) => right is null ? left : left;
}
