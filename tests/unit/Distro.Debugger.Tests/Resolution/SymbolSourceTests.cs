using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Acme.Shop;
using Distro.Debugger.Resolution;
using Microsoft.CodeAnalysis.Emit;
using static Distro.Debugger.Tests.Resolution.Locations;

namespace Distro.Debugger.Tests.Resolution;

/// <summary>Where symbols come from and what happens without them, over assemblies compiled for the test.</summary>
public class SymbolSourceTests(CompiledAssemblies compiled) : IClassFixture<CompiledAssemblies>
{
    private const string CollectibleContextName = "resolver-collectible";
    private const string CollectibleDocumentPath = "/src/collectible/Widget.cs";

    private static readonly TimeSpan s_unloadDeadline = TimeSpan.FromSeconds(30);

    private static readonly TargetLocation s_widgetLine = Line("Widget.cs", CompiledAssemblies.TotalLine);

    [Fact]
    public void Resolve_EmbeddedPdb_BindsLine()
    {
        using var resolver = ResolverOver([compiled.EmbeddedPdb]);
        Assert.False(File.Exists(Path.ChangeExtension(compiled.EmbeddedPdb.Location, ".pdb")));

        var target = AssertSingleTarget(resolver.Resolve(s_widgetLine));

        Assert.Equal("Spin", target.Method.Name);
        Assert.Equal(compiled.EmbeddedPdb, target.Method.Module.Assembly);
        Assert.Equal(CompiledAssemblies.DocumentPath, target.Line!.DocumentPath);
        Assert.Equal(["total"], LocalNames(target.Line));
    }

    [Fact]
    public void Resolve_PdbOfAnotherBuild_FailsWithSymbolsUnavailable()
    {
        using var resolver = ResolverOver([compiled.MismatchedPdb]);

        var failed = AssertFailed(resolver.Resolve(s_widgetLine), ResolutionFailure.SymbolsUnavailable);

        Assert.Contains("another build", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoPdb_FailsWithSymbolsUnavailable()
    {
        using var resolver = ResolverOver([compiled.NoPdb]);

        var failed = AssertFailed(resolver.Resolve(s_widgetLine), ResolutionFailure.SymbolsUnavailable);

        Assert.Contains("no PDB", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WindowsPdb_FailsSayingItIsNotSupported()
    {
        using var resolver = ResolverOver([compiled.WindowsPdb]);

        var failed = AssertFailed(resolver.Resolve(s_widgetLine), ResolutionFailure.SymbolsUnavailable);

        Assert.Contains("Windows PDB", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MethodProbeWithoutPdb_NeedsNoSymbols()
    {
        using var resolver = ResolverOver([compiled.MismatchedPdb]);

        var target = AssertSingleTarget(resolver.Resolve(Method(CompiledAssemblies.Namespace, "Widget", "Spin")));

        Assert.Equal(compiled.MismatchedPdb, target.Method.Module.Assembly);
    }

    [Fact]
    public void Resolve_MethodInAssemblyNotLoadedYet_IsPending()
    {
        using var resolver = new TargetResolver(new AssemblyCatalog(() => [], () => [compiled.SideBySidePdbPath]));
        var location = Method(CompiledAssemblies.Namespace, "Widget", "Spin");

        var pending = Assert.IsType<PendingResolution>(resolver.Resolve(location));

        Assert.Equal(["Compiled.Later"], pending.AssemblyNames);
        Assert.Same(location, pending.Location);
        Assert.True(pending.IsAwaiting("compiled.later"));
        Assert.False(pending.IsAwaiting("Compiled.Embedded"));
    }

    [Fact]
    public void Resolve_LineInAssemblyNotLoadedYet_IsPending()
    {
        using var resolver = new TargetResolver(new AssemblyCatalog(() => [], () => [compiled.SideBySidePdbPath]));

        var pending = Assert.IsType<PendingResolution>(resolver.Resolve(s_widgetLine));

        Assert.Equal(["Compiled.Later"], pending.AssemblyNames);
    }

    [Fact]
    public void Resolve_TypeNowhere_FailsEvenWithUnloadedAssemblies()
    {
        using var resolver = new TargetResolver(new AssemblyCatalog(() => [], () => [compiled.SideBySidePdbPath]));

        AssertFailed(resolver.Resolve(Method(CompiledAssemblies.Namespace, "Gadget", "Spin")), ResolutionFailure.MethodNotFound);
        AssertFailed(resolver.Resolve(Line("Gadget.cs", 7)), ResolutionFailure.FileNotFound);
    }

    [Fact]
    public void Resolve_MoreAssembliesThanCacheHolds_EvictsAndStillResolves()
    {
        using var resolver = ResolverOver([compiled.EmbeddedPdb, typeof(Calculator).Assembly], symbolCacheCapacity: 1);

        AssertSingleTarget(resolver.Resolve(s_widgetLine));
        AssertSingleTarget(resolver.Resolve(Line("Calculator.cs", 9)));
        Assert.Equal(1, resolver.OpenSymbolFileCount);

        var again = AssertSingleTarget(resolver.Resolve(s_widgetLine));

        Assert.Equal(["total"], LocalNames(again.Line!));
        Assert.Equal(1, resolver.OpenSymbolFileCount);
    }

    [Fact]
    public void Resolve_ConcurrentCallsWithTinyCache_AllResolve()
    {
        using var resolver = ResolverOver([compiled.EmbeddedPdb, typeof(Calculator).Assembly], symbolCacheCapacity: 1);
        var locations = Enumerable.Range(0, 64).Select(index => index % 2 == 0 ? s_widgetLine : Line("Calculator.cs", 12)).ToArray();

        var results = new ResolutionResult[locations.Length];
        Parallel.For(0, locations.Length, index => results[index] = resolver.Resolve(locations[index]));

        Assert.All(results, result => Assert.NotEmpty(AssertSingleLine(result).Locals));
    }

    [Fact]
    public void Resolve_CollectibleAssembly_IsNotKeptAlive()
    {
        using var resolver = new TargetResolver(new AssemblyCatalog(AssembliesOfCollectibleContext, () => []));
        var path = compiled.Compile("Compiled.Collectible", "collectible", CompiledAssemblies.WidgetSource, DebugInformationFormat.PortablePdb, CollectibleDocumentPath);

        var context = ResolveInCollectibleContext(resolver, path);

        var deadline = DateTime.UtcNow + s_unloadDeadline;
        while (context.IsAlive && DateTime.UtcNow < deadline)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "the unloaded context was still alive after the resolver had resolved into it");
        Assert.Equal(1, resolver.OpenSymbolFileCount);
    }

    private static TargetResolver ResolverOver(Assembly[] assemblies, int symbolCacheCapacity = SymbolCache.DefaultCapacity) =>
        new(new AssemblyCatalog(() => assemblies, () => []), symbolCacheCapacity);

    // Looked up by name on every call: a catalog that captured the context would keep it alive.
    private static IEnumerable<Assembly> AssembliesOfCollectibleContext() =>
        AssemblyLoadContext.All.Where(context => context.Name == CollectibleContextName).SelectMany(context => context.Assemblies);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ResolveInCollectibleContext(TargetResolver resolver, string assemblyPath)
    {
        var context = new AssemblyLoadContext(CollectibleContextName, isCollectible: true);
        context.LoadFromAssemblyPath(assemblyPath);
        var line = AssertSingleLine(resolver.Resolve(Line(CollectibleDocumentPath, CompiledAssemblies.TotalLine)));
        Assert.Equal(["total"], LocalNames(line));
        context.Unload();
        return new WeakReference(context);
    }
}
