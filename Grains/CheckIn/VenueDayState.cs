namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VenueDayGrain"/>: counts and the segments' extents, never the visits.</summary>
[GenerateSerializer, Alias("checkin.state.VenueDayState")]
internal sealed class VenueDayState
{
    [Id(0)]
    public string Tenant { get; set; } = string.Empty;

    /// <summary>True once the venue has listed this day (before the first visit was stored).</summary>
    [Id(1)]
    public bool DayNoted { get; set; }

    [Id(2)]
    public int Total { get; set; }

    [Id(3)]
    public int[] Hours { get; set; } = new int[24];

    [Id(4)]
    public List<VisitSegmentExtent> Segments { get; set; } = [];
}
