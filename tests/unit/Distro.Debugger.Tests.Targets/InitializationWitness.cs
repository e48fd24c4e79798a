// Resolution tests name lines of this file: change it only together with those tests.

namespace Acme.Shop;

/// <summary>Records whether <see cref="Eager"/>'s static constructor ran: resolving its methods must never run it.</summary>
public static class InitializationWitness
{
    public static bool EagerInitialized { get; set; }
}
