using System.Collections.Concurrent;
using System.Globalization;
using CheckIn.Grains.Interfaces;
using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The engine's stampede campaign, set up and read back through the grains: a single-dose campaign (so one
/// booking is one reservation, as in the baseline) with the slots spread over sites, and a voucher per resident.</summary>
internal sealed class StampedeCampaign
{
    private const int SlotsPerSite = 96;
    private const int VoucherChunk = 1_000;
    private const string Tenant = "burst";
    private static readonly DateOnly s_birthDate = new(1950, 4, 1);
    private static readonly TimeSpan s_offset = TimeSpan.FromHours(9);

    private StampedeCampaign(string campaignId, IReadOnlyList<SlotInfo> slots, IReadOnlyList<string> vouchers)
    {
        CampaignId = campaignId;
        Slots = slots;
        Vouchers = vouchers;
    }

    public string CampaignId { get; }

    public IReadOnlyList<SlotInfo> Slots { get; }

    public IReadOnlyList<string> Vouchers { get; }

    public static string BirthDate => s_birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Creates the campaign as a draft (its opening time is set by <see cref="OpenAsync"/>), its sites and
    /// slots two days ahead, and imports one voucher per resident.</summary>
    public static async Task<StampedeCampaign> CreateDraftAsync(IGrainFactory grains, StampedeSettings settings)
    {
        var campaignId = BookingIds.NewCampaignId();
        var campaign = grains.GetGrain<ICampaignGrain>(campaignId);
        await campaign.Define(Definition(DateTimeOffset.UtcNow.AddDays(1)));
        var date = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(s_offset).Date).AddDays(2);
        var slots = new List<SlotInfo>();
        for (var site = 0; slots.Count < settings.Slots; site++)
        {
            var info = await campaign.AddSite(new SiteDefinition($"Burst site {site + 1}", $"{site + 1}-1 Burst-cho"));
            var count = Math.Min(SlotsPerSite, settings.Slots - slots.Count);
            var times = Enumerable.Range(0, count).Select(i => new TimeOnly(8, 0).AddMinutes(5 * i)).ToArray();
            slots.AddRange(await campaign.AddSlots(new AddSlotsRequest(info.SiteId, date, times, settings.Capacity)));
        }

        var vouchers = Enumerable.Range(0, settings.Residents).Select(i => (1_000_000_000L + i).ToString(CultureInfo.InvariantCulture)).ToArray();
        var importer = grains.GetGrain<IVoucherImportGrain>(campaignId);
        foreach (var chunk in vouchers.Select((number, i) => new VoucherCsvLine(i + 1, number, s_birthDate)).Chunk(VoucherChunk))
        {
            var imported = await importer.Import(chunk);
            if (imported.Rejected.Count > 0)
            {
                throw new InvalidOperationException($"Voucher import rejected {imported.Rejected.Count} lines.");
            }
        }

        return new StampedeCampaign(campaignId, slots, vouchers);
    }

    /// <summary>Sets the opening time and publishes the campaign: no booking is taken before <paramref name="opensAt"/>.</summary>
    public async Task OpenAsync(IGrainFactory grains, DateTimeOffset opensAt)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(CampaignId);
        await campaign.Define(Definition(opensAt));
        await campaign.Publish();
    }

    /// <summary>Signs every resident in through the voucher grains (the in-process equivalent of the sessions API).</summary>
    public async Task<IReadOnlyList<StampedeResident>> SignInAsync(IGrainFactory grains, int concurrency)
    {
        var residents = new StampedeResident[Vouchers.Count];
        await LoadClient.RunAsync(Vouchers.Count, concurrency, async i =>
        {
            var grant = await grains.GetGrain<IVoucherGrain>(BookingKeys.Voucher(CampaignId, Vouchers[i])).SignIn(s_birthDate);
            residents[i] = new StampedeResident(grant.ResidentId, null);
        });
        await ViewReservationsAsync(grains, residents, concurrency);
        return residents;
    }

    /// <summary>Every resident looks at its (empty) reservations, as the page after sign-in does: the residents
    /// waiting for the opening are active, as they are in a silo that has served their sign-in.</summary>
    public async Task ViewReservationsAsync(IGrainFactory grains, IReadOnlyList<StampedeResident> residents, int concurrency)
        => await LoadClient.RunAsync(residents.Count, concurrency, async i =>
            await grains.Reference<IResidentGrain>(BookingKeys.Resident(CampaignId, residents[i].ResidentId)).GetReservations());

    /// <summary>Books through the resident grain, as the web front's handler does: refusals come back as values
    /// (<c>TryBook</c>), and the reference is built as the web front builds it.</summary>
    public async Task<BookingAttempt> BookAsync(IGrainFactory grains, StampedeResident resident, string slotId)
    {
        try
        {
            var attempt = await grains.Reference<IResidentGrain>(BookingKeys.Resident(CampaignId, resident.ResidentId)).TryBook(new BookingRequest(slotId));
            return attempt.Booked is { } result
                ? new BookingAttempt(BurstOutcomes.Confirmed, result.FirstDose.ReservationId)
                : new BookingAttempt(attempt.Refusal!.Code, null);
        }
        catch (BookingException failure)
        {
            // Not a refusal: a write that failed (unavailable), as the web front would answer 503.
            return new BookingAttempt(failure.Code, null);
        }
    }

    /// <summary>Reads every slot and every resident back (from a silo started after the run, so from the database)
    /// and compares with what the client was told.</summary>
    public async Task VerifyAsync(IGrainFactory grains, IReadOnlyList<StampedeResident> residents, IReadOnlyList<StampedeConfirmation> confirmations, ScenarioResult result)
    {
        var readBack = await ReadBackAsync(grains, residents, confirmations);
        result.Overbookings = readBack.OverbookedSeats;
        result.DoubleBookings = Math.Max(readBack.StoredDoubles, StampedeWorkload.ClientDoubleBookings(confirmations));
        result.Verified = readBack.Missing == 0 && readBack.Extra == 0 && readBack.ResidentMismatches == 0 && readBack.OverbookedSeats == 0;
        result.Verification = $"fresh silo on the same database: {readBack.StoredActive:N0} active reservations stored in {Slots.Count:N0} slots, "
            + $"{readBack.Confirmed:N0} confirmed to the client; missing {readBack.Missing}, extra {readBack.Extra}; "
            + $"{residents.Count:N0} residents read back, {readBack.ResidentMismatches} disagree";
    }

    /// <summary>Every slot's active reservations and every resident's, as stored, against the confirmations: what
    /// is missing, what is extra, which slots hold more than their capacity.</summary>
    public async Task<StampedeReadBack> ReadBackAsync(IGrainFactory grains, IReadOnlyList<StampedeResident> residents, IReadOnlyList<StampedeConfirmation> confirmations)
    {
        var stored = new ConcurrentBag<SlotReservationView>();
        var overbookedSeats = 0;
        var overbookedSlots = 0;
        await LoadClient.RunAsync(Slots.Count, 16, async i =>
        {
            var slot = grains.GetGrain<ISlotGrain>(BookingKeys.Slot(CampaignId, Slots[i].SlotId));
            var active = (await slot.GetReservations()).Where(r => r.Status == ReservationStatus.Active).ToList();
            var summary = await slot.GetSummary();
            var over = Math.Max(0, Math.Max(active.Count, summary.Booked) - Slots[i].Capacity);
            Interlocked.Add(ref overbookedSeats, over);
            if (over > 0)
            {
                Interlocked.Increment(ref overbookedSlots);
            }

            foreach (var reservation in active)
            {
                stored.Add(reservation);
            }
        });

        var confirmedIds = confirmations.Select(c => c.ReservationId).ToHashSet(StringComparer.Ordinal);
        var storedIds = stored.Select(r => r.ReservationId).ToHashSet(StringComparer.Ordinal);
        var expected = confirmations.GroupBy(c => c.ResidentId).ToDictionary(g => g.Key, g => g.Select(c => c.ReservationId).ToHashSet(StringComparer.Ordinal));
        var residentMismatches = 0;
        var missingAtResident = 0;
        await LoadClient.RunAsync(residents.Count, 64, async i =>
        {
            var id = residents[i].ResidentId;
            var active = (await grains.GetGrain<IResidentGrain>(BookingKeys.Resident(CampaignId, id)).GetReservations())
                .Where(r => r.Status == ReservationStatus.Active)
                .Select(r => r.Reservation.ReservationId)
                .ToHashSet(StringComparer.Ordinal);
            var confirmed = expected.GetValueOrDefault(id) ?? [];
            if (!active.SetEquals(confirmed))
            {
                Interlocked.Increment(ref residentMismatches);
            }

            Interlocked.Add(ref missingAtResident, confirmed.Count(c => !active.Contains(c)));
        });

        return new StampedeReadBack(
            StoredActive: storedIds.Count,
            Confirmed: confirmedIds.Count,
            Missing: confirmedIds.Count(id => !storedIds.Contains(id)),
            MissingAtResident: missingAtResident,
            Extra: storedIds.Count(id => !confirmedIds.Contains(id)),
            ExtraUnsettled: stored.Count(r => !r.Settled && !confirmedIds.Contains(r.ReservationId)),
            ResidentMismatches: residentMismatches,
            OverbookedSeats: overbookedSeats,
            OverbookedSlots: overbookedSlots,
            StoredDoubles: stored.GroupBy(r => r.ResidentId).Sum(g => g.Count() - 1));
    }

    private static CampaignDefinition Definition(DateTimeOffset opensAt) => new(Tenant, "Opening-day stampede", opensAt, 0, s_offset);
}
