using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A tenant's lottery (key: the tenant id): visitors' entries and the recorded draws.</summary>
[Alias("checkin.ILotteryGrain")]
public interface ILotteryGrain : IGrainWithStringKey
{
    /// <summary>Sets a visitor's entries (0 removes the visitor).</summary>
    Task SetEntries(string visitor, int entries);

    /// <summary>The entries of every visitor that has at least one, ordered by pseudonym.</summary>
    [ReadOnly]
    Task<IReadOnlyList<LotteryEntry>> GetEntries();

    /// <summary>Draws up to <paramref name="winners"/> distinct winners, weighted by entries, from a fresh random seed,
    /// and records the seed, the entries and the winners. The same <paramref name="drawId"/> again returns the recorded
    /// draw. Fails with <see cref="CheckInErrorCodes.InvalidDraw"/> for an empty id or fewer than one winner.</summary>
    Task<LotteryDrawResult> Draw(string drawId, int winners, string drawnBy);

    /// <summary>A recorded draw; fails with <see cref="CheckInErrorCodes.UnknownDraw"/>.</summary>
    [ReadOnly]
    Task<LotteryDrawResult> GetDraw(string drawId);

    /// <summary>Recomputes a recorded draw's winners from its recorded seed and entries; equal to the recorded
    /// winners unless the record was tampered with.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> ReplayDraw(string drawId);
}
