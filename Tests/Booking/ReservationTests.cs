using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Testing;

namespace CheckIn.Tests.Booking;

/// <summary>Booking rules: the opening gate, capacity, one active series, dose 2 placement, idempotency.</summary>
public sealed class ReservationTests
{
    [Fact]
    public async Task Book_BeforeOpeningTime_NotOpen()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.Campaign.Publish();
        silo.Time.Advance(TimeSpan.FromMinutes(59));

        await BookingAssert.RefusedAsync(BookingErrorCodes.NotOpen, () => campaign.NewResident().Book(new BookingRequest(slot.SlotId)));

        silo.Time.Advance(TimeSpan.FromMinutes(1));
        var booked = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        Assert.Equal(slot.SlotId, booked.FirstDose.SlotId);
    }

    [Fact]
    public async Task Book_CampaignNotPublished_NotOpenEvenAfterOpeningTime()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        silo.Time.Advance(TimeSpan.FromHours(2));

        await BookingAssert.RefusedAsync(BookingErrorCodes.NotOpen, () => campaign.NewResident().Book(new BookingRequest(slot.SlotId)));
        Assert.Equal(0, (await campaign.Slot(slot).GetSummary()).Booked);
    }

    [Fact]
    public async Task Book_SlotFull_SlotFullAndNothingElseHeld()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 2);
        var second = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        var refused = await BookingAssert.RefusedAsync(BookingErrorCodes.SlotFull, () => campaign.NewResident().Book(new BookingRequest(slot.SlotId)));

        Assert.Equal(409, refused.StatusCode);
        Assert.Equal(2, (await campaign.Slot(slot).GetSummary()).Booked);
        var dose2 = await campaign.Slot(second).GetSummary();
        Assert.Equal((2, 0, 3), (dose2.Booked, dose2.Held, dose2.Remaining));
    }

    [Fact]
    public async Task TryBook_SlotFull_ReturnsTheRefusalAsAValueAndHoldsNothing()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 1);
        var second = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var booked = await campaign.NewResident().TryBook(new BookingRequest(slot.SlotId));

        var refused = await campaign.NewResident().TryBook(new BookingRequest(slot.SlotId));

        Assert.NotNull(booked.Booked);
        Assert.Null(booked.Refusal);
        Assert.Null(refused.Booked);
        Assert.Equal(BookingErrorCodes.SlotFull, refused.Refusal?.Code);
        Assert.Equal(409, BookingErrorCodes.StatusCodeOf(refused.Refusal!.Code));
        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked);
        var dose2 = await campaign.Slot(second).GetSummary();
        Assert.Equal((1, 0, 4), (dose2.Booked, dose2.Held, dose2.Remaining));
    }

    [Fact]
    public async Task TryBook_NoFreeDoseTwoSlot_ReturnsSecondDoseUnavailableAndReleasesDoseOne()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 1);
        await campaign.PublishAndOpenAsync();
        await campaign.NewResident().TryBook(new BookingRequest(slot.SlotId));
        var resident = campaign.NewResident();

        var refused = await resident.TryBook(new BookingRequest(slot.SlotId));

        Assert.Equal(BookingErrorCodes.SecondDoseUnavailable, refused.Refusal?.Code);
        var dose1 = await campaign.Slot(slot).GetSummary();
        Assert.Equal((1, 0, 4), (dose1.Booked, dose1.Held, dose1.Remaining));
        Assert.Empty(await resident.GetReservations());
    }

    [Fact]
    public async Task Book_WhileHoldingActiveSeries_AlreadyBooked()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slots = await campaign.AddSlotsAsync(TestCampaign.Day1, 5, "14:00", "15:00");
        await campaign.AddSlotsAsync(TestCampaign.Day2, 5, "14:00", "15:00");
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();
        await resident.Book(new BookingRequest(slots[0].SlotId));

        await BookingAssert.RefusedAsync(BookingErrorCodes.AlreadyBooked, () => resident.Book(new BookingRequest(slots[1].SlotId)));

        Assert.Equal(0, (await campaign.Slot(slots[1]).GetSummary()).Booked);
        Assert.Equal(2, (await resident.GetReservations()).Count);
    }

    [Fact]
    public async Task Book_AfterCancelling_BooksAgain()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slots = await campaign.AddSlotsAsync(TestCampaign.Day1, 5, "14:00", "15:00");
        await campaign.AddSlotsAsync(TestCampaign.Day2, 5, "14:00", "15:00");
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();
        var first = await resident.Book(new BookingRequest(slots[0].SlotId));
        await resident.Cancel(first.FirstDose.ReservationId);

        var second = await resident.Book(new BookingRequest(slots[1].SlotId));

        Assert.Equal(slots[1].SlotId, second.FirstDose.SlotId);
        Assert.Single(await resident.GetReservations(), r => r.Status == ReservationStatus.Active && r.Reservation.Dose == 1);
    }

    [Fact]
    public async Task Book_DoseTwoAlone_Dose2NotAlone()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        var dose2Slot = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();

        await BookingAssert.RefusedAsync(BookingErrorCodes.Dose2NotAlone, () => campaign.NewResident().Book(new BookingRequest(dose2Slot.SlotId, Dose: 2)));

        Assert.Equal(0, (await campaign.Slot(dose2Slot).GetSummary()).Booked);
    }

    [Fact]
    public async Task Book_DoseOne_BooksDoseTwoAtSameSiteAndTimeAfterInterval()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "15:00", 5);
        var dose2 = await campaign.AddSlotsAsync(TestCampaign.Day2, 5, "14:00", "15:00", "16:00");
        await campaign.PublishAndOpenAsync();

        var booked = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        Assert.NotNull(booked.SecondDose);
        Assert.Equal(dose2[1].SlotId, booked.SecondDose.SlotId);
        Assert.Equal(slot.Start.AddDays(TestCampaign.Interval), booked.SecondDose.Start);
        Assert.Equal((1, 2), (booked.FirstDose.Dose, booked.SecondDose.Dose));
        Assert.Equal(campaign.SiteId, booked.SecondDose.SiteId);
        Assert.Equal(1, (await campaign.Slot(dose2[1]).GetSummary()).Booked);
    }

    [Fact]
    public async Task Book_SameTimeFullOnDoseTwoDay_NearestFreeSlotThatDayAtSite()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slots = await campaign.AddSlotsAsync(TestCampaign.Day1, 5, "15:00", "12:00");
        var dose2 = await campaign.AddSlotsAsync(TestCampaign.Day2, 1, "12:00", "14:00", "15:00", "16:00", "18:00");
        await campaign.PublishAndOpenAsync();

        // 15:00 is taken by the first resident's dose 2; 14:00 and 16:00 are equally near: the earlier wins.
        var first = await campaign.NewResident().Book(new BookingRequest(slots[0].SlotId));
        var second = await campaign.NewResident().Book(new BookingRequest(slots[0].SlotId));
        var third = await campaign.NewResident().Book(new BookingRequest(slots[0].SlotId));
        var fromNoon = await campaign.NewResident().Book(new BookingRequest(slots[1].SlotId));

        Assert.Equal(dose2[2].SlotId, first.SecondDose!.SlotId);
        Assert.Equal(dose2[1].SlotId, second.SecondDose!.SlotId);
        Assert.Equal(dose2[3].SlotId, third.SecondDose!.SlotId);
        Assert.Equal(dose2[0].SlotId, fromNoon.SecondDose!.SlotId);
    }

    [Fact]
    public async Task Book_NoFreeDoseTwoSlotThatDay_FailsWholeAndHoldsNothing()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        var dose2 = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 1);
        await campaign.AddSlotAsync(TestCampaign.Day2.AddDays(1), "14:00", 5); // another day does not count
        await campaign.PublishAndOpenAsync();
        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        var resident = campaign.NewResident();

        await BookingAssert.RefusedAsync(BookingErrorCodes.SecondDoseUnavailable, () => resident.Book(new BookingRequest(slot.SlotId)));

        var dose1 = await campaign.Slot(slot).GetSummary();
        Assert.Equal((1, 0, 4), (dose1.Booked, dose1.Held, dose1.Remaining));
        Assert.Equal(1, (await campaign.Slot(dose2).GetSummary()).Booked);
        Assert.Empty(await resident.GetReservations());
        Assert.All(await campaign.Slot(slot).GetReservations(), r => Assert.True(r.Settled));
    }

    [Fact]
    public async Task Book_NoSlotsOnDoseTwoDay_SecondDoseUnavailable()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.PublishAndOpenAsync();

        await BookingAssert.RefusedAsync(BookingErrorCodes.SecondDoseUnavailable, () => campaign.NewResident().Book(new BookingRequest(slot.SlotId)));

        Assert.Equal(5, (await campaign.Slot(slot).GetSummary()).Remaining);
    }

    [Fact]
    public async Task Book_SingleDoseCampaign_NoSecondDose()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo, interval: 0);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.PublishAndOpenAsync();

        var booked = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        Assert.Null(booked.SecondDose);
        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked);
    }

    [Fact]
    public async Task Book_SameIdempotencyKeyAgain_ReturnsFirstAnswerWithoutBookingAgain()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();

        var first = await resident.Book(new BookingRequest(slot.SlotId, IdempotencyKey: "key-1"));
        var again = await resident.Book(new BookingRequest(slot.SlotId, IdempotencyKey: "key-1"));

        Assert.Equal(first, again);
        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked);
    }

    [Fact]
    public async Task Book_SameIdempotencyKeyAfterRestart_ReturnsFirstAnswer()
    {
        await using var silo = await BookingSilos.StartAsync(o => o.Storage = TestStorage.Sqlite);
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var residentId = BookingIds.NewResidentId();
        var first = await campaign.Resident(residentId).Book(new BookingRequest(slot.SlotId, IdempotencyKey: "key-1"));

        await silo.RestartAsync();
        var again = await campaign.Resident(residentId).Book(new BookingRequest(slot.SlotId, IdempotencyKey: "key-1"));

        Assert.Equal(first, again);
        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked);
    }

    [Fact]
    public async Task Book_IdempotencyKeyReusedForOtherSlot_IdempotencyKeyReused()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slots = await campaign.AddSlotsAsync(TestCampaign.Day1, 5, "14:00", "15:00");
        await campaign.AddSlotsAsync(TestCampaign.Day2, 5, "14:00", "15:00");
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();
        await resident.Book(new BookingRequest(slots[0].SlotId, IdempotencyKey: "key-1"));

        await BookingAssert.RefusedAsync(BookingErrorCodes.IdempotencyKeyReused, () => resident.Book(new BookingRequest(slots[1].SlotId, IdempotencyKey: "key-1")));
    }

    [Fact]
    public async Task Book_UnknownSlot_UnknownSlot()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.PublishAndOpenAsync();

        var refused = await BookingAssert.RefusedAsync(BookingErrorCodes.UnknownSlot, () => campaign.NewResident().Book(new BookingRequest("no-such-slot")));

        Assert.Equal(404, refused.StatusCode);
    }

    [Fact]
    public async Task Book_SlotAlreadyStarted_SlotClosed()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var early = await campaign.AddSlotAsync(TestCampaign.Day1, "11:00", 5); // 02:00Z, an hour after opening
        await campaign.AddSlotAsync(TestCampaign.Day2, "11:00", 5);
        await campaign.PublishAndOpenAsync();
        silo.Time.Advance(TimeSpan.FromHours(1));

        await BookingAssert.RefusedAsync(BookingErrorCodes.SlotClosed, () => campaign.NewResident().Book(new BookingRequest(early.SlotId)));
    }

    [Fact]
    public async Task Book_Confirmed_DurableAcrossRestart()
    {
        await using var silo = await BookingSilos.StartAsync(o => o.Storage = TestStorage.Sqlite);
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        var dose2 = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var residentId = BookingIds.NewResidentId();
        var booked = await campaign.Resident(residentId).Book(new BookingRequest(slot.SlotId));

        await silo.RestartAsync();

        var mine = await campaign.Resident(residentId).GetReservations();
        Assert.Equal(new[] { booked.FirstDose, booked.SecondDose! }, mine.Select(r => r.Reservation));
        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked);
        Assert.Equal(1, (await campaign.Slot(dose2).GetSummary()).Booked);
        Assert.Equal(0, await campaign.Slot(slot).ReconcileNow()); // the resident agrees: nothing to correct
        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked);
    }

    [Fact]
    public async Task Book_AttendanceCodes_DifferPerReservation()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 50);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 50);
        await campaign.PublishAndOpenAsync();

        var bookings = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => campaign.NewResident().Book(new BookingRequest(slot.SlotId))));

        Assert.Equal(50, bookings.Select(b => b.FirstDose.AttendanceCode).Distinct().Count());
        Assert.All(bookings, b => Assert.Matches("^[0-9]{8}$", b.FirstDose.AttendanceCode));
    }
}
