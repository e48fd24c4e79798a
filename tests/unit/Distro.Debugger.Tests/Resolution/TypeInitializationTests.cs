using Acme.Shop;
using static Distro.Debugger.Tests.Resolution.Locations;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>Resolution reads types without running them: Eager's static constructor must not run.</summary>
public class TypeInitializationTests(ProbeTargetsFixture fixture) : IClassFixture<ProbeTargetsFixture>
{
    [Fact]
    public void Resolve_TypeWithStaticConstructor_DoesNotRunIt()
    {
        var initializer = AssertSingleTarget(fixture.Resolver.Resolve(Method(TargetsNamespace, "Eager", ".cctor")));
        var method = AssertSingleTarget(fixture.Resolver.Resolve(Method(TargetsNamespace, "Eager", "Value")));
        var line = AssertSingleTarget(fixture.Resolver.Resolve(Line("Eager.cs", 9)));

        Assert.Equal(typeof(Eager).TypeInitializer, initializer.Method);
        Assert.Equal(typeof(Eager).GetMethod(nameof(Eager.Value)), method.Method);
        Assert.Equal(typeof(Eager).TypeInitializer, line.Method);
        Assert.False(InitializationWitness.EagerInitialized);
    }
}
