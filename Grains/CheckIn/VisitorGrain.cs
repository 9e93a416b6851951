using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Grains.Interfaces;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn;

/// <summary>A visitor. Not reentrant: two check-ins of the same visitor run one after the other, so the second sees
/// the first and the duplicate rule holds under concurrent submissions.</summary>
internal sealed class VisitorGrain(
    [PersistentState("visitor")] IPersistentState<VisitorState> state,
    LocalCalendar calendar,
    IOptions<CheckInOptions> options,
    TimeProvider timeProvider)
    : Grain, IVisitorGrain
{
    private VisitorState State => state.State;

    public async Task<CheckInResult> CheckIn(VisitorCheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var (tenant, pseudonym) = GrainKeys.ParseVisitor(this.GetPrimaryKeyString());

        // Visits are stored at millisecond precision; the visitor's copy matches them exactly.
        var now = DateTimeOffset.FromUnixTimeMilliseconds(timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        var window = options.Value.DuplicateWindow;
        var duplicate = State.CheckIns.LastOrDefault(c => c.VenueId == checkIn.VenueId && now - c.At < window && c.At <= now);
        if (duplicate is not null)
        {
            return Result(duplicate, isNew: false);
        }

        var date = calendar.DateOf(now);
        var entry = new VisitorCheckInState
        {
            Id = Ids.New(),
            VenueId = checkIn.VenueId,
            VenueName = checkIn.VenueName,
            At = now,
            PointAwarded = !State.CheckIns.Any(c => c.VenueId == checkIn.VenueId && calendar.DateOf(c.At) == date),
        };

        // Order matters for retention: the visit is in its day bucket before the contact or the visitor record
        // exists, so the bucket's purge always reaches every stored visitor and contact.
        await GrainFactory.Reference<IVenueDayGrain>(GrainKeys.Day(checkIn.VenueId, date))
            .Record(tenant, new VisitRecord(entry.Id, pseudonym, now));
        if (!State.ContactStored)
        {
            await GrainFactory.Reference<IContactGrain>(this.GetPrimaryKeyString()).Store(checkIn.SealedAddress);
            State.ContactStored = true;
        }

        State.CheckIns.Add(entry);
        var entriesBefore = State.LotteryEntries;
        if (entry.PointAwarded)
        {
            State.Points++;
            State.LotteryEntries = State.Points / options.Value.PointsPerLotteryEntry;
        }

        var writes = new List<Task> { state.WriteStateAsync() };
        if (State.LotteryEntries != entriesBefore)
        {
            writes.Add(GrainFactory.Reference<ILotteryGrain>(tenant).SetEntries(pseudonym, State.LotteryEntries));
        }

        try
        {
            await Task.WhenAll(writes);
        }
        catch
        {
            // The record in memory is ahead of the stored one: reload it on the next call rather than answer a
            // retry with a check-in that was never stored.
            DeactivateOnIdle();
            throw;
        }

        return Result(entry, isNew: true);
    }

    public Task<VisitorSummary> GetSummary()
        => Task.FromResult(new VisitorSummary(
            state.RecordExists,
            State.Points,
            State.LotteryEntries,
            [.. State.CheckIns.Select(static c => new VisitorCheckInEntry(c.Id, c.VenueId, c.VenueName, c.At, c.PointAwarded))]));

    public async Task<int> PurgeBefore(DateTimeOffset cutoff)
    {
        var removed = State.CheckIns.RemoveAll(c => c.At < cutoff);
        if (State.CheckIns.Count > 0)
        {
            if (removed > 0)
            {
                await state.WriteStateAsync();
            }

            return State.CheckIns.Count;
        }

        // Nothing left within the retention period: the visitor goes, with its contact data and lottery entries.
        // Also when no visitor record exists, since a contact may have been stored by a check-in that failed later.
        var (tenant, pseudonym) = GrainKeys.ParseVisitor(this.GetPrimaryKeyString());
        await Task.WhenAll(
            GrainFactory.Reference<IContactGrain>(this.GetPrimaryKeyString()).Delete(),
            GrainFactory.Reference<ILotteryGrain>(tenant).SetEntries(pseudonym, 0));
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        DeactivateOnIdle();
        return 0;
    }

    private CheckInResult Result(VisitorCheckInState entry, bool isNew)
        => new(entry.Id, entry.VenueId, entry.VenueName, entry.At, State.Points, State.LotteryEntries, entry.PointAwarded && isNew, isNew);
}
