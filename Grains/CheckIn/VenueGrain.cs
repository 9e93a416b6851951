using CheckIn.Grains.CheckIn.Security;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Grains.Interfaces;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace CheckIn.Grains.CheckIn;

/// <summary>A venue. Reentrant so that check-ins keep resolving codes while an exposure report waits for its
/// fan-out; every change happens before the turn's first await and is written through one coalescing writer.</summary>
[Reentrant]
internal sealed class VenueGrain(
    [PersistentState("venue")] IPersistentState<VenueState> state,
    VenueCodeSigner signer,
    LocalCalendar calendar,
    IOptions<CheckInOptions> options,
    TimeProvider timeProvider)
    : Grain, IVenueGrain, IRemindable
{
    private const string RetentionReminder = "retention";
    private readonly CoalescingWriter<VenueState> _writer = new(state);

    private VenueState State => state.State;

    private string VenueId => this.GetPrimaryKeyString();

    public async Task<VenueInfo> Register(string tenant, VenueRegistration registration)
    {
        VenueRules.Validate(tenant, registration);
        if (!VenueCodeSigner.IsVenueId(VenueId))
        {
            throw new CheckInException(CheckInErrorCodes.InvalidVenue, "Venue ids are issued by the venue directory.");
        }

        if (State.Registered)
        {
            return State.Tenant == tenant
                ? Info()
                : throw new CheckInException(CheckInErrorCodes.InvalidVenue, "The venue id is taken.");
        }

        // The reminder first: a venue is never stored without the reminder that will delete its visits.
        await this.RegisterOrUpdateReminder(RetentionReminder, TimeSpan.FromDays(1), TimeSpan.FromDays(1));
        State.Registered = true;
        State.Tenant = tenant;
        State.Name = registration.Name.Trim();
        State.Category = registration.Category?.Trim() ?? string.Empty;
        State.Address = registration.Address?.Trim() ?? string.Empty;
        State.Owner = registration.Owner.Trim();
        State.RegisteredAt = timeProvider.GetUtcNow();
        State.CodeVersion = 1;
        await _writer.WriteAsync();
        return Info();
    }

    public Task<VenueInfo> GetInfo()
    {
        EnsureRegistered();
        return Task.FromResult(Info());
    }

    public Task<VenueInfo> Resolve(int codeVersion)
    {
        EnsureRegistered();
        return codeVersion == State.CodeVersion
            ? Task.FromResult(Info())
            : throw UnknownVenue();
    }

    public async Task<VenueInfo> RotateCode()
    {
        EnsureRegistered();
        State.CodeVersion++;
        await _writer.WriteAsync();
        return Info();
    }

    public async Task NoteDay(DateOnly date)
    {
        var index = State.Days.BinarySearch(date);
        if (index >= 0)
        {
            return;
        }

        State.Days.Insert(~index, date);
        await _writer.WriteAsync();
    }

    public async Task OnDayPurged(DateOnly date)
    {
        if (State.Days.Remove(date))
        {
            await _writer.WriteAsync();
        }
    }

    public async Task<IReadOnlyList<Visit>> GetVisits(DateTimeOffset from, DateTimeOffset to)
    {
        EnsureRegistered();
        if (to <= from)
        {
            return [];
        }

        var first = calendar.DateOf(from);
        var last = calendar.DateOf(to);
        var days = State.Days.Where(d => d >= first && d <= last).ToList();
        var perDay = await Task.WhenAll(days.Select(d => Day(d).GetVisits(from, to)));
        return [.. perDay.SelectMany(static v => v).OrderBy(static v => v.At)];
    }

    public async Task<IReadOnlyList<HourlyVisitCount>> GetVisitCounts(DateOnly from, DateOnly to)
    {
        EnsureRegistered();
        var days = State.Days.Where(d => d >= from && d <= to).ToList();
        var counts = await Task.WhenAll(days.Select(d => Day(d).GetCounts()));
        return
        [
            .. counts.SelectMany(static day => day.Hours
                .Select((count, hour) => new HourlyVisitCount(day.Date, hour, count))
                .Where(static c => c.Count > 0)),
        ];
    }

    public async Task<ExposureReceipt> ReportExposure(DateTimeOffset from, DateTimeOffset to, string reportedBy)
    {
        EnsureRegistered();
        if (to <= from || to - from > options.Value.MaxExposureWindow)
        {
            throw new CheckInException(
                CheckInErrorCodes.InvalidWindow,
                $"The exposure window must end after it starts and last at most {options.Value.MaxExposureWindow.TotalDays:0.#} days.");
        }

        from = from.ToUniversalTime();
        to = to.ToUniversalTime();
        var entry = State.Exposures.Find(e => e.From == from && e.To == to);
        if (entry is null)
        {
            // Recorded before the fan-out: a repeated or concurrent report of this window finds the same id,
            // even while the first one is still running (this grain interleaves at the awaits below).
            entry = new VenueExposureEntry { ExposureId = Ids.New(), From = from, To = to, ReportedAt = timeProvider.GetUtcNow() };
            State.Exposures.Add(entry);
            await _writer.WriteAsync();
        }

        var request = new ExposureRequest(VenueId, State.Tenant, State.Name, from, to, to + options.Value.ExposureGrace, reportedBy ?? string.Empty);
        return await GrainFactory.Reference<IExposureGrain>(entry.ExposureId).Start(request);
    }

    public Task<IReadOnlyList<ExposureListing>> ListExposures()
    {
        EnsureRegistered();
        return Task.FromResult<IReadOnlyList<ExposureListing>>(
            [.. State.Exposures.Select(static e => new ExposureListing(e.ExposureId, e.From, e.To, e.ReportedAt))]);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != RetentionReminder)
        {
            return;
        }

        if (!State.Registered)
        {
            if (await this.GetReminder(RetentionReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        var cutoff = timeProvider.GetUtcNow() - options.Value.Retention;
        var cutoffDate = calendar.DateOf(cutoff);

        // A day is deleted once all of it lies beyond the retention period. The buckets do the work in their own
        // turns and report back with OnDayPurged; a day still listed tomorrow is simply asked again.
        foreach (var date in State.Days.Where(d => d < cutoffDate))
        {
            await Day(date).BeginPurge();
        }

        if (State.Exposures.RemoveAll(e => e.ReportedAt < cutoff) > 0)
        {
            await _writer.WriteAsync();
        }
    }

    private IVenueDayGrain Day(DateOnly date) => GrainFactory.Reference<IVenueDayGrain>(GrainKeys.Day(VenueId, date));

    private void EnsureRegistered()
    {
        if (!State.Registered)
        {
            throw UnknownVenue();
        }
    }

    private static CheckInException UnknownVenue() => new(CheckInErrorCodes.UnknownVenue, "No venue has this code.");

    private VenueInfo Info()
    {
        var code = signer.CreateCode(VenueId, State.CodeVersion);
        return new VenueInfo(
            VenueId,
            State.Tenant,
            State.Name,
            State.Category,
            State.Address,
            State.Owner,
            code,
            State.CodeVersion,
            $"c-{code}@{options.Value.MailDomain}",
            State.RegisteredAt);
    }
}
