namespace CheckIn.Grains.CheckIn;

/// <summary>The stored state of <see cref="VisitSegmentGrain"/>.</summary>
[GenerateSerializer, Alias("checkin.state.VisitSegmentState")]
internal sealed class VisitSegmentState
{
    [Id(0)]
    public List<StoredVisit> Visits { get; set; } = [];
}
