using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>The visits of one venue on one local day (key: <c>{venueId}/{yyyy-MM-dd}</c>): hourly counts, and
/// the visits themselves in segments of bounded size (<see cref="IVisitSegmentGrain"/>), so a busy day never
/// rewrites one huge record per check-in.</summary>
[Alias("checkin.IVenueDayGrain")]
public interface IVenueDayGrain : IGrainWithStringKey
{
    /// <summary>Stores a check-in; completes when it is durable.</summary>
    Task Record(string tenant, VisitRecord visit);

    /// <summary>The check-ins from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    [ReadOnly]
    Task<IReadOnlyList<Visit>> GetVisits(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The distinct visitors who checked in from <paramref name="from"/> to <paramref name="until"/>, both inclusive.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetVisitors(DateTimeOffset from, DateTimeOffset until);

    /// <summary>Check-ins per local hour.</summary>
    [ReadOnly]
    Task<DayVisitCounts> GetCounts();

    /// <summary>Starts deleting this day (retention): its visitors drop the check-ins past the retention period,
    /// the segments and the bucket are cleared, and the venue forgets the day.</summary>
    [OneWay]
    Task BeginPurge();
}
