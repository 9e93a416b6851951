using CheckIn.Grains.Interfaces.CheckIn;
using Orleans.Concurrency;

namespace CheckIn.Grains.CheckIn;

/// <summary>A run of one day's visits. Reentrant with a coalescing writer, like its day bucket.</summary>
[Reentrant]
internal sealed class VisitSegmentGrain([PersistentState("visit-segment")] IPersistentState<VisitSegmentState> state)
    : Grain, IVisitSegmentGrain
{
    private readonly CoalescingWriter<VisitSegmentState> _writer = new(state);

    public Task Append(VisitRecord visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        state.State.Visits.Add(new StoredVisit { CheckInId = visit.CheckInId, Visitor = visit.Visitor, AtUnixMs = visit.At.ToUnixTimeMilliseconds() });
        return _writer.WriteAsync();
    }

    public Task<IReadOnlyList<VisitRecord>> GetVisits(DateTimeOffset from, DateTimeOffset until)
    {
        // Stored at millisecond precision: compare at the same precision so a visit at exactly 'from' counts.
        var first = from == DateTimeOffset.MinValue ? long.MinValue : from.ToUnixTimeMilliseconds();
        var last = until == DateTimeOffset.MaxValue ? long.MaxValue : until.ToUnixTimeMilliseconds();
        return Task.FromResult<IReadOnlyList<VisitRecord>>(
        [
            .. state.State.Visits
                .Where(v => v.AtUnixMs >= first && v.AtUnixMs <= last)
                .Select(static v => new VisitRecord(v.CheckInId, v.Visitor, DateTimeOffset.FromUnixTimeMilliseconds(v.AtUnixMs))),
        ]);
    }

    public async Task Clear()
    {
        if (state.RecordExists)
        {
            await _writer.ClearAsync();
        }

        DeactivateOnIdle();
    }
}
