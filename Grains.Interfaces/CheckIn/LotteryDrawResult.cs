namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A recorded lottery draw. Anyone holding it can recompute <paramref name="Winners"/> from
/// <paramref name="Seed"/> and <paramref name="Entries"/> with the published algorithm (CheckIn.Grains.CheckIn.LotteryDrawing).</summary>
/// <param name="DrawId">The draw's id, chosen by staff; drawing again with the same id returns this record.</param>
/// <param name="Tenant">The tenant.</param>
/// <param name="DrawnAt">When it was drawn.</param>
/// <param name="DrawnBy">The staff user who ran it.</param>
/// <param name="Seed">The random seed, 64 hex characters.</param>
/// <param name="Entries">The entries at the time of the draw, ordered by visitor pseudonym.</param>
/// <param name="Winners">The winning visitors' pseudonyms, in drawing order (a visitor wins at most once).</param>
[GenerateSerializer, Immutable, Alias("checkin.LotteryDrawResult")]
public sealed record LotteryDrawResult(
    string DrawId,
    string Tenant,
    DateTimeOffset DrawnAt,
    string DrawnBy,
    string Seed,
    IReadOnlyList<LotteryEntry> Entries,
    IReadOnlyList<string> Winners);
