namespace CheckIn.Grains.CheckIn;

/// <summary>How many visits a segment holds and the time span they cover, so queries skip segments outside a window.</summary>
[GenerateSerializer, Alias("checkin.state.VisitSegmentExtent")]
internal sealed class VisitSegmentExtent
{
    [Id(0)]
    public int Count { get; set; }

    [Id(1)]
    public DateTimeOffset First { get; set; }

    [Id(2)]
    public DateTimeOffset Last { get; set; }

    public bool Overlaps(DateTimeOffset from, DateTimeOffset until) => Count > 0 && First <= until && Last >= from;
}
