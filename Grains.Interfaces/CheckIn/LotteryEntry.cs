namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A visitor's stake in a lottery draw.</summary>
/// <param name="Visitor">The visitor's pseudonym.</param>
/// <param name="Entries">Lottery entries (at least 1).</param>
[GenerateSerializer, Immutable, Alias("checkin.LotteryEntry")]
public sealed record LotteryEntry(string Visitor, int Entries);
