using CheckIn.Grains.Interfaces.CheckIn;
using Orleans.Concurrency;

namespace CheckIn.Grains.CheckIn;

/// <summary>A tenant's lottery. Reentrant with a coalescing writer: visitors crossing a ten-point mark update it
/// concurrently. A draw records its seed and the entries it drew from before it answers, so it can be replayed.</summary>
[Reentrant]
internal sealed class LotteryGrain([PersistentState("lottery")] IPersistentState<LotteryState> state, TimeProvider timeProvider)
    : Grain, ILotteryGrain
{
    private readonly CoalescingWriter<LotteryState> _writer = new(state);

    private LotteryState State => state.State;

    public Task SetEntries(string visitor, int entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(visitor);
        var changed = entries > 0
            ? !State.Entries.TryGetValue(visitor, out var current) || current != entries
            : State.Entries.ContainsKey(visitor);
        if (!changed)
        {
            return Task.CompletedTask;
        }

        if (entries > 0)
        {
            State.Entries[visitor] = entries;
        }
        else
        {
            State.Entries.Remove(visitor);
        }

        return _writer.WriteAsync();
    }

    public Task<IReadOnlyList<LotteryEntry>> GetEntries() => Task.FromResult<IReadOnlyList<LotteryEntry>>(Snapshot());

    public async Task<LotteryDrawResult> Draw(string drawId, int winners, string drawnBy)
    {
        if (string.IsNullOrWhiteSpace(drawId) || drawId.Length > 100 || winners < 1)
        {
            throw new CheckInException(CheckInErrorCodes.InvalidDraw, "A draw needs an id (at most 100 characters) and at least one winner.");
        }

        if (State.Draws.Find(d => d.DrawId == drawId) is { } existing)
        {
            return ToResult(existing);
        }

        var entries = Snapshot();
        var seed = LotteryDrawing.NewSeed();
        var record = new LotteryDrawRecord
        {
            DrawId = drawId,
            DrawnAt = timeProvider.GetUtcNow(),
            DrawnBy = drawnBy ?? string.Empty,
            Seed = seed,
            Entries = [.. entries],
            Winners = [.. LotteryDrawing.Pick(entries, seed, winners)],
        };

        // Added before the write: a concurrent draw with the same id (this grain interleaves) finds this one.
        State.Draws.Add(record);
        await _writer.WriteAsync();
        return ToResult(record);
    }

    public Task<LotteryDrawResult> GetDraw(string drawId) => Task.FromResult(ToResult(Find(drawId)));

    public Task<IReadOnlyList<string>> ReplayDraw(string drawId)
    {
        var record = Find(drawId);
        return Task.FromResult(LotteryDrawing.Pick(record.Entries, record.Seed, record.Winners.Count));
    }

    private LotteryDrawRecord Find(string drawId)
        => State.Draws.Find(d => d.DrawId == drawId)
           ?? throw new CheckInException(CheckInErrorCodes.UnknownDraw, "No draw has this id.");

    private List<LotteryEntry> Snapshot()
        => [.. State.Entries.OrderBy(static e => e.Key, StringComparer.Ordinal).Select(static e => new LotteryEntry(e.Key, e.Value))];

    private LotteryDrawResult ToResult(LotteryDrawRecord record)
        => new(record.DrawId, this.GetPrimaryKeyString(), record.DrawnAt, record.DrawnBy, record.Seed, [.. record.Entries], [.. record.Winners]);
}
