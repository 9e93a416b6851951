namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VisitorGrain"/>.</summary>
internal sealed class VisitorState
{
    public int Points { get; set; }

    public int LotteryEntries { get; set; }

    public bool ContactStored { get; set; }

    /// <summary>Check-ins within the retention period, oldest first.</summary>
    public List<VisitorCheckInState> CheckIns { get; set; } = [];
}
