using System.Reflection;
using Acme.Shop;
using Distro.Debugger.Configuration;
using InstrumentationStatus = Distro.Debugger.Configuration.InstrumentationStatus;

namespace Distro.Debugger.Tests.Lifecycle;

/// <summary>A full set as large as a config API may send: applied whole, every entry accounted for, and cheap to apply again unchanged.</summary>
[Collection(LongApplyCollection.Name)]
public class ProbeManagerScaleTests
{
    private const int SetSize = 10_000;

    /// <summary>Every this many entries repeats an earlier one's identity: the first of them is the one applied.</summary>
    private const int DuplicateEvery = 50;

    private static readonly (string Hash, string ClassName, string MethodName, MethodBase Method)[] s_valid =
    [
        ("h-valid-add", "Calculator", "Add", typeof(Calculator).GetMethod(nameof(Calculator.Add))!),
        ("h-valid-greet", "Greeter", "Greet", typeof(Greeter).GetMethod(nameof(Greeter.Greet))!),
        ("h-valid-refund", "Till", "Refund", typeof(Till).GetMethod(nameof(Till.Refund))!),
        ("h-valid-annotated", "Notes", "Annotated", typeof(Notes).GetMethod(nameof(Notes.Annotated))!),
        ("h-valid-sum", "Summer", "Sum", typeof(Summer).GetMethod(nameof(Summer.Sum))!),
    ];

    [Fact]
    public void Apply_TenThousandConfigurationsMostlyUnresolvable_ReportsEachErrorOnceArmsTheValidOnesAndReappliesNothing()
    {
        using var harness = new ManagerHarness();
        var set = TenThousand();
        var unresolvable = set.Select(configuration => configuration.LocationHash).Distinct().Except(s_valid.Select(valid => valid.Hash)).ToHashSet();

        harness.Apply(InstrumentationType.Probe, set);

        foreach (var valid in s_valid)
        {
            harness.WaitForStatus(valid.Hash, InstrumentationStatus.Ready);
            Assert.True(harness.Rewriter.IsRewritten(valid.Method));
        }

        var errors = harness.Statuses.Where(status => status.Status == InstrumentationStatus.Error).ToList();
        Assert.Equal(unresolvable.Order(StringComparer.Ordinal), errors.Select(error => error.LocationHash).Order(StringComparer.Ordinal));
        Assert.All(errors, error => Assert.Equal(ErrorCause.MethodNotFound, error.Cause));
        Assert.Equal(unresolvable.Count + s_valid.Length, harness.Statuses.Count);
        Assert.Equal(s_valid.Length, harness.Manager.InstrumentedMethodCount);

        var resolutions = harness.Resolutions;
        var rewrites = harness.Rewriter.InstrumentCalls + harness.Rewriter.UpdateCalls;

        harness.Apply(InstrumentationType.Probe, set);

        Assert.Equal(resolutions, harness.Resolutions);
        Assert.Equal(rewrites, harness.Rewriter.InstrumentCalls + harness.Rewriter.UpdateCalls);
        Assert.Equal(unresolvable.Count + s_valid.Length, harness.Statuses.Count);
        Assert.All(s_valid, valid => Assert.True(harness.Rewriter.IsRewritten(valid.Method)));
    }

    /// <summary>
    /// The valid configurations spread through the set, each once more as a duplicate; the rest name types that no
    /// assembly defines, or methods that the probe targets' types do not have, with a duplicate every <see cref="DuplicateEvery"/>.
    /// </summary>
    private static InstrumentationConfiguration[] TenThousand()
    {
        var set = new InstrumentationConfiguration[SetSize];
        for (var index = 0; index < SetSize; index++)
        {
            var number = index % DuplicateEvery == DuplicateEvery - 1 ? index - 1 : index;
            set[index] = number % 2 == 0
                ? ManagerHarness.Probe($"h-missing-type-{number}", $"MissingType{number}", "Run")
                : ManagerHarness.Probe($"h-missing-method-{number}", "Calculator", $"Subtract{number}");
        }

        var spacing = SetSize / (s_valid.Length * 2);
        for (var slot = 0; slot < s_valid.Length * 2; slot++)
        {
            var valid = s_valid[slot % s_valid.Length];
            set[(slot * spacing) + 1] = ManagerHarness.Probe(valid.Hash, valid.ClassName, valid.MethodName);
        }

        return set;
    }
}
