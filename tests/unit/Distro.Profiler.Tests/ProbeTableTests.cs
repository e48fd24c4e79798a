using Distro.Hooks;

namespace Distro.Profiler.Tests;

/// <summary>The table behind the probe ids in rewritten IL: bounded, and an id never reaches a probe it was not handed out for.</summary>
public class ProbeTableTests
{
    [Fact]
    public void Register_NewProbe_ReturnsAPositiveIdThatFindsIt()
    {
        var table = new ProbeTable(slotBits: 4, generationBits: 4);
        var probe = new DecliningProbe();

        var id = table.Register(probe);

        Assert.True(id > 0);
        Assert.Same(probe, table.Find<MethodProbe>(id));
    }

    [Fact]
    public void Find_ProbeOfAnotherKind_ReturnsNull()
    {
        var table = new ProbeTable(slotBits: 4, generationBits: 4);

        var id = table.Register(new DecliningProbe());

        Assert.Null(table.Find<LineProbe>(id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Find_IdNeverHandedOut_ReturnsNull(int id)
    {
        var table = new ProbeTable(slotBits: 4, generationBits: 4);
        table.Register(new DecliningProbe());

        Assert.Null(table.Find<MethodProbe>(id));
    }

    [Fact]
    public void Register_AfterAProbeWasRemoved_ReusesItsSlotUnderAnotherIdThatTheOldOneDoesNotReach()
    {
        var table = new ProbeTable(slotBits: 1, generationBits: 4);
        var removed = table.Register(new DecliningProbe());
        var kept = table.Register(new DecliningProbe());
        table.Unregister(removed);

        var replacement = new DecliningProbe();
        var reused = table.Register(replacement);

        Assert.NotEqual(0, reused);
        Assert.NotEqual(removed, reused);
        Assert.Null(table.Find<MethodProbe>(removed));
        Assert.Same(replacement, table.Find<MethodProbe>(reused));
        Assert.NotNull(table.Find<MethodProbe>(kept));
    }

    [Fact]
    public void Register_EverySlotHoldingAProbe_ReturnsZeroUntilOneIsRemoved()
    {
        var table = new ProbeTable(slotBits: 2, generationBits: 4);
        var ids = Enumerable.Range(0, table.Capacity).Select(_ => table.Register(new DecliningProbe())).ToList();

        var refused = table.Register(new DecliningProbe());
        table.Unregister(ids[2]);
        var accepted = table.Register(new DecliningProbe());

        Assert.DoesNotContain(0, ids);
        Assert.Equal(0, refused);
        Assert.NotEqual(0, accepted);
    }

    [Fact]
    public void Unregister_TheSameIdTwice_DoesNotFreeTheSlotOfTheProbeThatReusedIt()
    {
        var table = new ProbeTable(slotBits: 1, generationBits: 4);
        var first = table.Register(new DecliningProbe());
        table.Unregister(first);
        var second = table.Register(new DecliningProbe());

        table.Unregister(first);

        Assert.NotNull(table.Find<MethodProbe>(second));
    }

    [Fact]
    public void Register_ArmedAndDisarmedUntilEveryGenerationIsUsed_NeverHandsOutAnIdTwiceAndThenRefuses()
    {
        var table = new ProbeTable(slotBits: 2, generationBits: 3);
        var handedOut = new List<int>();
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var id = table.Register(new DecliningProbe());
            if (id == 0)
            {
                break;
            }

            handedOut.Add(id);
            table.Unregister(id);
        }

        // Four slots of seven generations each.
        Assert.Equal(28, handedOut.Count);
        Assert.Equal(handedOut.Count, handedOut.Distinct().Count());
        Assert.Equal(0, table.Register(new DecliningProbe()));
    }

    [Fact]
    public void Find_StaleIdWhileAnotherThreadReusesItsSlot_NeverFindsAProbe()
    {
        var table = new ProbeTable(slotBits: 1, generationBits: 15);
        var stale = table.Register(new DecliningProbe());
        table.Unregister(stale);
        var reuses = 0;
        var finished = false;
        var writer = new Thread(() =>
        {
            for (var cycle = 0; cycle < 20_000; cycle++)
            {
                var id = table.Register(new DecliningProbe());
                if (id != 0)
                {
                    reuses++;
                    table.Unregister(id);
                }
            }

            Volatile.Write(ref finished, true);
        });

        writer.Start();
        var found = 0;
        while (!Volatile.Read(ref finished))
        {
            found += table.Find<MethodProbe>(stale) is null ? 0 : 1;
        }

        writer.Join();
        Assert.Equal(0, found);
        Assert.True(reuses > 0);
    }

    private sealed class DecliningProbe : MethodProbe
    {
        public override ProbeFrame? TryBeginFrame() => null;
    }
}
