using System.Diagnostics;
using Distro.Runtime.Fixture.Shapes;

namespace Distro.Runtime.Fixture.Scenarios;

/// <summary>A callee that tiered compilation inlined into its caller before the callee was armed.</summary>
public static class InliningScenarios
{
    private static readonly TimeSpan s_promotionDeadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(10);

    public static IReadOnlyDictionary<string, Func<ScenarioReport>> All { get; } = new Dictionary<string, Func<ScenarioReport>>
    {
        ["tier1-inlined-callee"] = PromotedInliner,
    };

    /// <summary>
    /// Calls the caller until tiered compilation has promoted it to tier 1 with the callee inlined, and only then arms
    /// the callee: a call through the promoted caller must reach the probe.
    /// </summary>
    private static ScenarioReport PromotedInliner()
    {
        var promoted = false;
        using (var watcher = new InliningWatcher(typeof(TieredShapes), nameof(TieredShapes.DoublePlusOne), nameof(TieredShapes.Double)))
        {
            // Through a delegate, so that this loop, promoted in turn, does not inline the caller into itself.
            Func<int, int> caller = TieredShapes.DoublePlusOne;
            var elapsed = Stopwatch.StartNew();
            while (!promoted && elapsed.Elapsed < s_promotionDeadline)
            {
                for (var i = 0; i < 100; i++)
                {
                    caller(i);
                }

                promoted = watcher.WaitCompiled(s_pollInterval);
            }
        }

        var report = ScenarioRunner.Run(
            "tier1-inlined-callee",
            typeof(TieredShapes).GetMethod(nameof(TieredShapes.Double))!,
            ("through-promoted-caller", () => TieredShapes.DoublePlusOne(2)),
            ("direct", () => TieredShapes.Double(2)));
        return report with { Facts = new Dictionary<string, string> { ["promoted-with-callee-inlined"] = promoted ? "true" : "false" } };
    }
}
