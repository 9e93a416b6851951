using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A bounded run of one day's visits at one venue (key: <c>{venueId}/{yyyy-MM-dd}/{n}</c>).</summary>
[Alias("checkin.IVisitSegmentGrain")]
public interface IVisitSegmentGrain : IGrainWithStringKey
{
    /// <summary>Appends a visit; completes when it is durable.</summary>
    Task Append(VisitRecord visit);

    /// <summary>The visits from <paramref name="from"/> to <paramref name="until"/>, both inclusive.</summary>
    [ReadOnly]
    Task<IReadOnlyList<VisitRecord>> GetVisits(DateTimeOffset from, DateTimeOffset until);

    /// <summary>Deletes the segment.</summary>
    Task Clear();
}
