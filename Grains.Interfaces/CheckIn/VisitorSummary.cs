namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A visitor's record: check-ins within the retention period, points and lottery entries.</summary>
/// <param name="Exists">False when nothing is stored for this visitor (never checked in, or deleted by retention).</param>
/// <param name="Points">Points earned (one per venue per local day).</param>
/// <param name="LotteryEntries">Lottery entries (one per ten points by default).</param>
/// <param name="CheckIns">The check-ins still kept, oldest first.</param>
[GenerateSerializer, Immutable, Alias("checkin.VisitorSummary")]
public sealed record VisitorSummary(bool Exists, int Points, int LotteryEntries, IReadOnlyList<VisitorCheckInEntry> CheckIns);
