using CheckIn.Grains.CheckIn;
using CheckIn.Grains.Interfaces.CheckIn;

namespace CheckIn.Tests.CheckIn;

public sealed class LotteryDrawingTests
{
    private static readonly LotteryEntry[] s_entries =
        [.. Enumerable.Range(0, 50).Select(i => new LotteryEntry($"visitor-{i:00}", 1 + (i % 4)))];

    [Fact]
    public void Pick_SameSeed_SameWinnersInAnyInputOrder()
    {
        var seed = LotteryDrawing.NewSeed();
        var first = LotteryDrawing.Pick(s_entries, seed, 10);
        var shuffled = LotteryDrawing.Pick(s_entries.Reverse(), seed, 10);

        Assert.Equal(10, first.Count);
        Assert.Equal(first, shuffled);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void Pick_KnownSeed_KnownWinners()
    {
        // Pins the algorithm: a change to it would make recorded draws unverifiable.
        var seed = new string('0', 63) + "1";
        var winners = LotteryDrawing.Pick([new LotteryEntry("a", 1), new LotteryEntry("b", 2), new LotteryEntry("c", 3)], seed, 3);

        Assert.Equal(["c", "b", "a"], winners);
        Assert.Equal(winners, LotteryDrawing.Pick([new LotteryEntry("c", 3), new LotteryEntry("a", 1), new LotteryEntry("b", 2)], seed, 3));
    }

    [Fact]
    public void Pick_OtherSeed_OtherWinners()
        => Assert.NotEqual(LotteryDrawing.Pick(s_entries, LotteryDrawing.NewSeed(), 10), LotteryDrawing.Pick(s_entries, LotteryDrawing.NewSeed(), 10));

    [Fact]
    public void Pick_MoreWinnersThanVisitors_EveryVisitorOnce()
    {
        var winners = LotteryDrawing.Pick([new LotteryEntry("a", 5), new LotteryEntry("b", 1), new LotteryEntry("none", 0)], LotteryDrawing.NewSeed(), 10);

        Assert.Equal(["a", "b"], winners.Order());
    }

    [Fact]
    public void Pick_WeightedByEntries()
    {
        var entries = new[] { new LotteryEntry("heavy", 99), new LotteryEntry("light", 1) };
        var heavyFirst = Enumerable.Range(0, 400).Count(_ => LotteryDrawing.Pick(entries, LotteryDrawing.NewSeed(), 1)[0] == "heavy");

        // Expected 396 of 400; fewer than 370 would be beyond any reasonable chance.
        Assert.InRange(heavyFirst, 370, 400);
    }
}
