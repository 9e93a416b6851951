namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VisitorGrain"/>.</summary>
[GenerateSerializer, Alias("checkin.state.VisitorState")]
internal sealed class VisitorState
{
    [Id(0)]
    public int Points { get; set; }

    [Id(1)]
    public int LotteryEntries { get; set; }

    [Id(2)]
    public bool ContactStored { get; set; }

    /// <summary>Check-ins within the retention period, oldest first.</summary>
    [Id(3)]
    public List<VisitorCheckInState> CheckIns { get; set; } = [];
}
