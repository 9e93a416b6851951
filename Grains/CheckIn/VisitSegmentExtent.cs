namespace CheckIn.Grains.CheckIn;

/// <summary>How many visits a segment holds and the time span they cover, so queries skip segments outside a window.</summary>
internal sealed class VisitSegmentExtent
{
    public int Count { get; set; }

    public DateTimeOffset First { get; set; }

    public DateTimeOffset Last { get; set; }

    public bool Overlaps(DateTimeOffset from, DateTimeOffset until) => Count > 0 && First <= until && Last >= from;
}
