namespace Distro.Runtime.Fixture.Shapes;

/// <summary>
/// Methods left to tiered compilation: <see cref="DoublePlusOne"/> starts at tier 0, which inlines nothing, and once
/// hot is promoted to tier 1, which inlines <see cref="Double"/>.
/// </summary>
public static class TieredShapes
{
    public static int DoublePlusOne(int value) => Double(value) + 1;

    public static int Double(int value) => value * 2;
}
