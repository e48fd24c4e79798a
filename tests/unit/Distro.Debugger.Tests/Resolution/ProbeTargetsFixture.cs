using Acme.Shop;
using Distro.Debugger.Resolution;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>
/// One resolver over this process's assemblies, with the probe targets (tests/unit/Distro.Debugger.Tests.Targets)
/// loaded: shared by the tests the way the debugger shares one, so they also exercise its caches.
/// </summary>
public sealed class ProbeTargetsFixture : IDisposable
{
    public ProbeTargetsFixture()
    {
        Assert.Equal(Locations.TargetsAssembly, typeof(Calculator).Assembly.GetName().Name);
        Resolver = new TargetResolver();
    }

    internal TargetResolver Resolver { get; }

    public void Dispose() => Resolver.Dispose();
}
