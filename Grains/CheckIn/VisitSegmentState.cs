namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VisitSegmentGrain"/>.</summary>
internal sealed class VisitSegmentState
{
    public List<StoredVisit> Visits { get; set; } = [];
}
