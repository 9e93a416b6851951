using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Tests.Booking;

/// <summary>Cancelling: dose 1 takes dose 2 with it, seats come free, dose 2 alone is refused.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Cancel_DoseOne_CancelsDoseTwoAndFreesBothSeats()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 1);
        var dose2 = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 1);
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();
        var booked = await resident.Book(new BookingRequest(slot.SlotId));

        await resident.Cancel(booked.FirstDose.ReservationId);

        Assert.All(await resident.GetReservations(), r => Assert.Equal(ReservationStatus.Cancelled, r.Status));
        Assert.Equal((0, 1), ((await campaign.Slot(slot).GetSummary()).Booked, (await campaign.Slot(slot).GetSummary()).Remaining));
        Assert.Equal((0, 1), ((await campaign.Slot(dose2).GetSummary()).Booked, (await campaign.Slot(dose2).GetSummary()).Remaining));
        var other = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        Assert.Equal(dose2.SlotId, other.SecondDose!.SlotId);
    }

    [Fact]
    public async Task Cancel_DoseTwoReservation_Dose2NotAlone()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        var dose2 = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();
        var booked = await resident.Book(new BookingRequest(slot.SlotId));

        await BookingAssert.RefusedAsync(BookingErrorCodes.Dose2NotAlone, () => resident.Cancel(booked.SecondDose!.ReservationId));

        Assert.Equal(1, (await campaign.Slot(dose2).GetSummary()).Booked);
        Assert.All(await resident.GetReservations(), r => Assert.Equal(ReservationStatus.Active, r.Status));
    }

    [Fact]
    public async Task Cancel_UnknownReservation_UnknownReservation()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);

        var refused = await BookingAssert.RefusedAsync(BookingErrorCodes.UnknownReservation, () => campaign.NewResident().Cancel(BookingIds.NewReservationId()));

        Assert.Equal(404, refused.StatusCode);
    }

    [Fact]
    public async Task Cancel_AnotherResidentsReservation_UnknownReservation()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var booked = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        await BookingAssert.RefusedAsync(BookingErrorCodes.UnknownReservation, () => campaign.NewResident().Cancel(booked.FirstDose.ReservationId));

        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked);
    }

    [Fact]
    public async Task Cancel_Twice_SecondIsHarmless()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();
        var booked = await resident.Book(new BookingRequest(slot.SlotId));

        await resident.Cancel(booked.FirstDose.ReservationId);
        await resident.Cancel(booked.FirstDose.ReservationId);

        var summary = await campaign.Slot(slot).GetSummary();
        Assert.Equal((0, 1), (summary.Booked, summary.Cancelled));
    }

    [Fact]
    public async Task Cancel_AfterDoseOneAttended_AlreadyAttended()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        var dose2 = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();
        var booked = await resident.Book(new BookingRequest(slot.SlotId));
        await campaign.Slot(slot).RecordAttendance(booked.FirstDose.AttendanceCode);

        await BookingAssert.RefusedAsync(BookingErrorCodes.AlreadyAttended, () => resident.Cancel(booked.FirstDose.ReservationId));

        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked);
        Assert.Equal(1, (await campaign.Slot(dose2).GetSummary()).Booked);
        Assert.All(await resident.GetReservations(), r => Assert.Equal(ReservationStatus.Active, r.Status));
    }

    [Fact]
    public async Task Cancel_AfterDoseOneStarted_CancelTooLate()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "11:00", 5); // 02:00Z
        await campaign.AddSlotAsync(TestCampaign.Day2, "11:00", 5);
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();
        var booked = await resident.Book(new BookingRequest(slot.SlotId));
        silo.Time.Advance(TimeSpan.FromHours(1));

        await BookingAssert.RefusedAsync(BookingErrorCodes.CancelTooLate, () => resident.Cancel(booked.FirstDose.ReservationId));

        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked);
    }
}
