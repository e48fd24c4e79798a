using System.Reflection;
using Acme.Shop;
using Distro.Debugger.Configuration;
using Distro.Debugger.Resolution;
using Distro.Debugger.Tests.Resolution;
using Distro.Debugger.Tests.Sources;
using InstrumentationStatus = Distro.Debugger.Configuration.InstrumentationStatus;

namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>
/// A line probe that cannot be placed reaches the status sink as ERROR with the cause its resolution failure maps to,
/// its reason goes to the diagnostics, and the other probes of the same update still arm.
/// </summary>
public class ProbeManagerResolutionErrorTests(CompiledAssemblies compiled) : IClassFixture<CompiledAssemblies>
{
    private const int ConfigurationFailedEvent = 453;

    private static readonly MethodBase s_add = typeof(Calculator).GetMethod(nameof(Calculator.Add))!;

    public enum Symbols
    {
        OfTheProbeTargetsOnly,
        AssemblyWithoutPdb,
        PdbOfAnotherBuild,
    }

    [Theory]
    [InlineData("NoSuchFile.cs", 5, Symbols.OfTheProbeTargetsOnly, "FileNotFound", "no loaded assembly's PDB")]
    [InlineData("Calculator.cs", 500, Symbols.OfTheProbeTargetsOnly, "LineNotExecutable", "after its last line with code")]
    [InlineData("Widget.cs", CompiledAssemblies.TotalLine, Symbols.AssemblyWithoutPdb, "RuntimeError", "no PDB")]
    [InlineData("Widget.cs", CompiledAssemblies.TotalLine, Symbols.PdbOfAnotherBuild, "RuntimeError", "another build")]
    public void UnplaceableLineProbe_ReportsErrorWithItsCauseAndTheRestOfTheUpdateArms(string file, int line, Symbols symbols, string cause, string reason)
    {
        using var events = new DebuggerEventRecorder();
        using var harness = new ManagerHarness(CatalogWith(symbols));
        var failing = $"h-{Guid.NewGuid():N}";

        harness.Apply(
            InstrumentationType.Breakpoint,
            ManagerHarness.LineBreakpoint(failing, file, line),
            ManagerHarness.LineBreakpoint("h-good", "Calculator.cs", 12));

        Assert.Equal(Enum.Parse<ErrorCause>(cause), harness.WaitForStatus(failing, InstrumentationStatus.Error).Cause);
        harness.WaitForStatus("h-good", InstrumentationStatus.Ready);
        Assert.Single(harness.Statuses, status => status.LocationHash == failing);
        Assert.Contains(reason, (string)Assert.Single(events.Of(ConfigurationFailedEvent, failing)).Payload![3]!, StringComparison.Ordinal);
        var armed = Assert.Single(harness.Rewriter.Current(s_add)!.Lines);
        Assert.True(harness.Rewriter.ReachLine(s_add, armed.ILOffset, null, [1, 2], _ => 0));
        Assert.Single(harness.SnapshotsOf("h-good"));
    }

    private AssemblyCatalog CatalogWith(Symbols symbols)
    {
        Assembly[] assemblies = symbols switch
        {
            Symbols.AssemblyWithoutPdb => [typeof(Calculator).Assembly, compiled.NoPdb],
            Symbols.PdbOfAnotherBuild => [typeof(Calculator).Assembly, compiled.MismatchedPdb],
            _ => [typeof(Calculator).Assembly],
        };
        return new AssemblyCatalog(() => assemblies, () => []);
    }
}
