namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VenueDayGrain"/>: counts and the segments' extents, never the visits.</summary>
internal sealed class VenueDayState
{
    public string Tenant { get; set; } = string.Empty;

    /// <summary>True once the venue has listed this day (before the first visit was stored).</summary>
    public bool DayNoted { get; set; }

    public int Total { get; set; }

    public int[] Hours { get; set; } = new int[24];

    public List<VisitSegmentExtent> Segments { get; set; } = [];
}
