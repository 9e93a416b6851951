using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace CheckIn.Tests.Booking;

/// <summary>The slot and dose-series invariants in a running silo, under random interleavings of
/// concurrent book, cancel and attend: no slot over capacity, no seat held after the calls return, every
/// active slot record matched by its resident's active series and the other way round, at most one
/// active series per resident, dose 2 always with dose 1 (same site, the interval later), attended only
/// while active, and reconciliation finding nothing to correct.</summary>
public sealed class DoseSeriesPropertyTests
{
    private const int Residents = 6;
    private static readonly string[] s_dose1Times = ["14:00", "15:00"];
    private static readonly string[] s_dose2Times = ["14:00", "16:00"];

    private static readonly HashSet<string> s_allowedRefusals =
    [
        BookingErrorCodes.SlotFull,
        BookingErrorCodes.AlreadyBooked,
        BookingErrorCodes.SecondDoseUnavailable,
        BookingErrorCodes.IdempotencyKeyReused,
        BookingErrorCodes.UnknownReservation,
        BookingErrorCodes.AlreadyAttended,
        BookingErrorCodes.UnknownCode,
        BookingErrorCodes.AttendanceNotOpen,
    ];

    private static readonly Gen<ResidentAction> s_action =
        from kind in Gen.Frequency(
            (5, Gen.Constant(ResidentActionKind.Book)),
            (2, Gen.Constant(ResidentActionKind.BookWithKey)),
            (3, Gen.Constant(ResidentActionKind.Cancel)),
            (1, Gen.Constant(ResidentActionKind.AttendDose1)),
            (1, Gen.Constant(ResidentActionKind.AttendDose2)))
        from resident in Gen.Choose(0, Residents - 1)
        from slot in Gen.Choose(0, s_dose1Times.Length - 1)
        select new ResidentAction(kind, resident, slot);

    [Fact]
    public async Task DoseSeries_RandomConcurrentBookCancelAttend_InvariantsHold()
    {
        await using var silo = await BookingSilos.StartAsync();
        var scenarios = (from dose1 in Gen.ListOf(Gen.Choose(1, 3), s_dose1Times.Length)
                         from dose2 in Gen.ListOf(Gen.Choose(1, 3), s_dose2Times.Length)
                         from waves in Gen.NonEmptyListOf(Gen.NonEmptyListOf(s_action).Resize(8)).Resize(6)
                         select new SeriesScenario([.. dose1], [.. dose2], [.. waves.Select(w => (IReadOnlyList<ResidentAction>)[.. w])])).ToArbitrary();

        // FsCheck runs properties synchronously; each run drives the silo and waits for it. The arbitrary has
        // no shrinker, so a failure reports the generated scenario as it was.
        Prop.ForAll(scenarios, scenario => RunAsync(silo, scenario).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    private static async Task<bool> RunAsync(TestSilo silo, SeriesScenario scenario)
    {
        // Each run opens a minute after the last: the clock stays on the morning of the dose-1 day, so dose-1
        // attendance is open (dose-2 attendance is not, and is refused as it must be).
        var campaign = await TestCampaign.CreateAsync(silo, opensIn: TimeSpan.FromMinutes(1));
        var day1 = DateOnly.FromDateTime(campaign.OpensAt.ToOffset(TimeSpan.FromHours(9)).DateTime);
        var day2 = day1.AddDays(TestCampaign.Interval);
        var dose1 = new List<SlotInfo>();
        for (var i = 0; i < s_dose1Times.Length; i++)
        {
            dose1.Add(await campaign.AddSlotAsync(day1, s_dose1Times[i], scenario.Dose1Capacities[i]));
        }

        var dose2 = new List<SlotInfo>();
        for (var i = 0; i < s_dose2Times.Length; i++)
        {
            dose2.Add(await campaign.AddSlotAsync(day2, s_dose2Times[i], scenario.Dose2Capacities[i]));
        }

        await campaign.Campaign.Publish();
        if (campaign.OpensAt > silo.Time.GetUtcNow())
        {
            silo.Time.Advance(campaign.OpensAt - silo.Time.GetUtcNow());
        }

        var residentIds = Enumerable.Range(0, Residents).Select(_ => BookingIds.NewResidentId()).ToArray();
        foreach (var wave in scenario.Waves)
        {
            await Task.WhenAll(wave.Select(action => ExecuteAsync(campaign, dose1, residentIds, action)));
        }

        await AssertInvariantsAsync(campaign, [.. dose1, .. dose2], residentIds, day1, scenario);
        return true;
    }

    private static async Task ExecuteAsync(TestCampaign campaign, List<SlotInfo> dose1, string[] residentIds, ResidentAction action)
    {
        var resident = campaign.Resident(residentIds[action.Resident]);
        try
        {
            switch (action.Kind)
            {
                case ResidentActionKind.Book:
                    await resident.Book(new BookingRequest(dose1[action.Slot].SlotId));
                    break;
                case ResidentActionKind.BookWithKey:
                    await resident.Book(new BookingRequest(dose1[action.Slot].SlotId, IdempotencyKey: "key-" + action.Slot));
                    break;
                case ResidentActionKind.Cancel:
                    var active = (await resident.GetReservations()).FirstOrDefault(r => r.Status == ReservationStatus.Active && r.Reservation.Dose == 1);
                    await resident.Cancel(active?.Reservation.ReservationId ?? BookingIds.NewReservationId());
                    break;
                default:
                    var dose = action.Kind == ResidentActionKind.AttendDose1 ? 1 : 2;
                    var reservation = (await resident.GetReservations()).FirstOrDefault(r => r.Status == ReservationStatus.Active && r.Reservation.Dose == dose);
                    if (reservation is not null)
                    {
                        await campaign.Slot(reservation.Reservation.SlotId).RecordAttendance(reservation.Reservation.AttendanceCode);
                    }

                    break;
            }
        }
        catch (BookingException exception) when (s_allowedRefusals.Contains(exception.Code))
        {
            // A refusal the rules allow for this interleaving.
        }
    }

    private static async Task AssertInvariantsAsync(TestCampaign campaign, List<SlotInfo> slots, string[] residentIds, DateOnly day1, SeriesScenario scenario)
    {
        var slotSide = new Dictionary<string, (SlotInfo Slot, SlotReservationView Record)>();
        foreach (var slot in slots)
        {
            var summary = await campaign.Slot(slot).GetSummary();
            Assert.True(summary.Booked <= slot.Capacity, $"slot {slot.SlotId} holds {summary.Booked} of {slot.Capacity} in {scenario}");
            Assert.Equal((0, slot.Capacity - summary.Booked), (summary.Held, summary.Remaining));
            Assert.True(summary.Attended <= summary.Booked);
            foreach (var record in (await campaign.Slot(slot).GetReservations()).Where(r => r.Status == ReservationStatus.Active))
            {
                slotSide.Add(record.ReservationId, (slot, record));
            }
        }

        var residentSide = new Dictionary<string, (string ResidentId, ResidentReservation Reservation)>();
        foreach (var residentId in residentIds)
        {
            var reservations = await campaign.Resident(residentId).GetReservations();
            var active = reservations.Where(r => r.Status == ReservationStatus.Active).ToList();
            Assert.True(active.Count(r => r.Reservation.Dose == 1) <= 1, $"resident {residentId} has several active series in {scenario}");
            foreach (var series in active.GroupBy(r => r.SeriesId))
            {
                var first = Assert.Single(series, r => r.Reservation.Dose == 1);
                var second = Assert.Single(series, r => r.Reservation.Dose == 2);
                Assert.Equal(first.Reservation.SiteId, second.Reservation.SiteId);
                Assert.Equal(day1, DateOnly.FromDateTime(first.Reservation.Start.ToOffset(TimeSpan.FromHours(9)).DateTime));
                Assert.Equal(day1.AddDays(TestCampaign.Interval), DateOnly.FromDateTime(second.Reservation.Start.ToOffset(TimeSpan.FromHours(9)).DateTime));
            }

            foreach (var reservation in active)
            {
                residentSide.Add(reservation.Reservation.ReservationId, (residentId, reservation));
            }
        }

        Assert.Equal(residentSide.Keys.Order(StringComparer.Ordinal), slotSide.Keys.Order(StringComparer.Ordinal));
        foreach (var (reservationId, (residentId, reservation)) in residentSide)
        {
            var (slot, record) = slotSide[reservationId];
            Assert.Equal((slot.SlotId, residentId, reservation.Reservation.Dose, reservation.SeriesId), (reservation.Reservation.SlotId, record.ResidentId, record.Dose, record.SeriesId));
        }

        // The slots' reconciliation with the residents finds nothing to undo.
        foreach (var slot in slots)
        {
            var before = (await campaign.Slot(slot).GetSummary()).Booked;
            Assert.Equal(0, await campaign.Slot(slot).ReconcileNow());
            Assert.Equal(before, (await campaign.Slot(slot).GetSummary()).Booked);
            Assert.All(await campaign.Slot(slot).GetReservations(), r => Assert.True(r.Settled, $"record {r.ReservationId} is unsettled after reconciliation in {scenario}"));
        }
    }
}
