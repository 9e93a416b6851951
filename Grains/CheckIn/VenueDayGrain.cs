using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Grains.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace CheckIn.Grains.CheckIn;

/// <summary>One venue's visits on one local day. Reentrant, with a coalescing writer: during a check-in storm every
/// storage round trip carries all the check-ins that arrived meanwhile. The visits go to segments of bounded size,
/// filled one after the other, so no write grows with the size of the day.</summary>
[Reentrant]
internal sealed partial class VenueDayGrain(
    [PersistentState("venue-day")] IPersistentState<VenueDayState> state,
    LocalCalendar calendar,
    IOptions<CheckInOptions> options,
    ILogger<VenueDayGrain> logger,
    TimeProvider timeProvider)
    : Grain, IVenueDayGrain
{
    private const int PurgeParallelism = 256;
    private readonly CoalescingWriter<VenueDayState> _writer = new(state);
    private Task? _noting;
    private bool _purging;

    private VenueDayState State => state.State;

    public async Task Record(string tenant, VisitRecord visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (!State.DayNoted)
        {
            // The venue lists the day before any visit of it is stored, so retention always finds the day.
            await (_noting ??= NoteDayAsync(tenant));
        }

        var segments = State.Segments;
        if (segments.Count == 0 || segments[^1].Count >= options.Value.VisitSegmentCapacity)
        {
            segments.Add(new VisitSegmentExtent { First = visit.At, Last = visit.At });
        }

        var index = segments.Count - 1;
        var extent = segments[index];
        extent.Count++;
        extent.First = extent.First <= visit.At ? extent.First : visit.At;
        extent.Last = extent.Last >= visit.At ? extent.Last : visit.At;
        State.Hours[calendar.HourOf(visit.At)]++;
        State.Total++;
        await Task.WhenAll(Segment(index).Append(visit), _writer.WriteAsync());
    }

    public async Task<IReadOnlyList<Visit>> GetVisits(DateTimeOffset from, DateTimeOffset to)
    {
        var until = to - TimeSpan.FromTicks(1);
        var visits = await ReadAsync(from, until);
        return [.. visits.Select(static v => new Visit(v.At, v.Visitor))];
    }

    public async Task<IReadOnlyList<string>> GetVisitors(DateTimeOffset from, DateTimeOffset until)
    {
        var visits = await ReadAsync(from, until);
        return [.. visits.Select(static v => v.Visitor).Distinct(StringComparer.Ordinal)];
    }

    public Task<DayVisitCounts> GetCounts()
        => Task.FromResult(new DayVisitCounts(GrainKeys.ParseDay(this.GetPrimaryKeyString()).Date, [.. State.Hours]));

    public async Task BeginPurge()
    {
        if (_purging)
        {
            return;
        }

        _purging = true;
        try
        {
            await PurgeAsync();
        }
        catch (Exception exception)
        {
            // The venue asks again at its next retention tick; every step below can be repeated.
            LogPurgeFailed(logger, exception, this.GetPrimaryKeyString());
        }
        finally
        {
            _purging = false;
        }
    }

    private async Task NoteDayAsync(string tenant)
    {
        try
        {
            var (venueId, date) = GrainKeys.ParseDay(this.GetPrimaryKeyString());
            await GrainFactory.Reference<IVenueGrain>(venueId).NoteDay(date);
            State.Tenant = tenant;
            State.DayNoted = true;
        }
        finally
        {
            _noting = null;
        }
    }

    private async Task<List<VisitRecord>> ReadAsync(DateTimeOffset from, DateTimeOffset until)
    {
        var reads = new List<Task<IReadOnlyList<VisitRecord>>>();
        for (var i = 0; i < State.Segments.Count; i++)
        {
            if (State.Segments[i].Overlaps(from, until))
            {
                reads.Add(Segment(i).GetVisits(from, until));
            }
        }

        var results = await Task.WhenAll(reads);
        return [.. results.SelectMany(static r => r)];
    }

    private async Task PurgeAsync()
    {
        var key = this.GetPrimaryKeyString();
        var cutoff = timeProvider.GetUtcNow() - options.Value.Retention;
        var visitors = (await ReadAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue))
            .Select(static v => v.Visitor)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // Each visitor drops its own expired check-ins, and deletes itself and its contact data when none is left.
        foreach (var chunk in visitors.Chunk(PurgeParallelism))
        {
            await Task.WhenAll(chunk.Select(v => GrainFactory.Reference<IVisitorGrain>(GrainKeys.Visitor(State.Tenant, v)).PurgeBefore(cutoff)));
        }

        await Task.WhenAll(Enumerable.Range(0, State.Segments.Count).Select(i => Segment(i).Clear()));
        var (venueId, date) = GrainKeys.ParseDay(key);
        await _writer.ClearAsync();
        await GrainFactory.Reference<IVenueGrain>(venueId).OnDayPurged(date);
        LogPurged(logger, key, visitors.Count);
        DeactivateOnIdle();
    }

    private IVisitSegmentGrain Segment(int index) => GrainFactory.Reference<IVisitSegmentGrain>(GrainKeys.Segment(this.GetPrimaryKeyString(), index));
}
