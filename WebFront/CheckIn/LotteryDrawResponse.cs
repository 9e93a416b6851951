namespace CheckIn.WebFront.CheckIn;

/// <summary>A recorded lottery draw: the seed it was drawn from, the number of entries, the winners (pseudonyms),
/// and whether replaying the seed gives the same winners.</summary>
public sealed record LotteryDrawResponse(string DrawId, DateTimeOffset DrawnAt, string DrawnBy, string Seed, int Visitors, int Entries, IReadOnlyList<string> Winners, bool Reproducible);
