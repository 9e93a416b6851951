using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Testing;

namespace CheckIn.Tests.Booking;

/// <summary>Attendance with the one-time code, and no-shows per slot.</summary>
public sealed class AttendanceTests
{
    [Fact]
    public async Task RecordAttendance_ReservationCode_CountsAttended()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var booked = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        var record = await campaign.Slot(slot).RecordAttendance(booked.FirstDose.AttendanceCode);

        Assert.Equal((booked.FirstDose.ReservationId, 1), (record.ReservationId, record.Dose));
        var summary = await campaign.Slot(slot).GetSummary();
        Assert.Equal((1, 1, 0), (summary.Booked, summary.Attended, summary.NoShows));
    }

    [Fact]
    public async Task RecordAttendance_WrongCode_UnknownCode()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slots = await campaign.AddSlotsAsync(TestCampaign.Day1, 5, "14:00", "15:00");
        await campaign.AddSlotsAsync(TestCampaign.Day2, 5, "14:00", "15:00");
        await campaign.PublishAndOpenAsync();
        var booked = await campaign.NewResident().Book(new BookingRequest(slots[0].SlotId));
        var wrong = booked.FirstDose.AttendanceCode == "00000000" ? "11111111" : "00000000";

        var refused = await BookingAssert.RefusedAsync(BookingErrorCodes.UnknownCode, () => campaign.Slot(slots[0]).RecordAttendance(wrong));
        await BookingAssert.RefusedAsync(BookingErrorCodes.UnknownCode, () => campaign.Slot(slots[1]).RecordAttendance(booked.FirstDose.AttendanceCode));

        Assert.Equal(404, refused.StatusCode);
        Assert.Equal(0, (await campaign.Slot(slots[0]).GetSummary()).Attended);
    }

    [Fact]
    public async Task RecordAttendance_CodeOfCancelledReservation_UnknownCode()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var resident = campaign.NewResident();
        var booked = await resident.Book(new BookingRequest(slot.SlotId));
        await resident.Cancel(booked.FirstDose.ReservationId);

        await BookingAssert.RefusedAsync(BookingErrorCodes.UnknownCode, () => campaign.Slot(slot).RecordAttendance(booked.FirstDose.AttendanceCode));
    }

    [Fact]
    public async Task RecordAttendance_BeforeSlotsDate_AttendanceNotOpen()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        var dose2 = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var booked = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        await BookingAssert.RefusedAsync(BookingErrorCodes.AttendanceNotOpen, () => campaign.Slot(dose2).RecordAttendance(booked.SecondDose!.AttendanceCode));

        Assert.Equal(0, (await campaign.Slot(dose2).GetSummary()).Attended);
    }

    [Fact]
    public async Task RecordAttendance_CodeUsedTwice_AlreadyAttended()
    {
        await using var silo = await BookingSilos.StartAsync();
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var booked = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        await campaign.Slot(slot).RecordAttendance(booked.FirstDose.AttendanceCode);

        await BookingAssert.RefusedAsync(BookingErrorCodes.AlreadyAttended, () => campaign.Slot(slot).RecordAttendance(booked.FirstDose.AttendanceCode));

        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Attended);
    }

    [Fact]
    public async Task GetSummary_AfterAttendanceWindow_CountsUnattendedAsNoShows()
    {
        await using var silo = await BookingSilos.StartAsync(booking: o => o.AttendanceWindow = TimeSpan.FromHours(1));
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "11:00", 5); // 02:00Z
        await campaign.AddSlotAsync(TestCampaign.Day2, "11:00", 5);
        await campaign.PublishAndOpenAsync();
        var bookings = new List<BookingResult>();
        for (var i = 0; i < 3; i++)
        {
            bookings.Add(await campaign.NewResident().Book(new BookingRequest(slot.SlotId)));
        }

        await campaign.Slot(slot).RecordAttendance(bookings[0].FirstDose.AttendanceCode);
        silo.Time.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(0, (await campaign.Slot(slot).GetSummary()).NoShows);

        silo.Time.Advance(TimeSpan.FromMinutes(30));

        var summary = await campaign.Slot(slot).GetSummary();
        Assert.Equal((3, 1, 2), (summary.Booked, summary.Attended, summary.NoShows));
    }

    [Fact]
    public async Task RecordAttendance_Stored_SurvivesRestart()
    {
        await using var silo = await BookingSilos.StartAsync(o => o.Storage = TestStorage.Sqlite);
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        var booked = await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        await campaign.Slot(slot).RecordAttendance(booked.FirstDose.AttendanceCode);

        await silo.RestartAsync();

        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Attended);
        await BookingAssert.RefusedAsync(BookingErrorCodes.AlreadyAttended, () => campaign.Slot(slot).RecordAttendance(booked.FirstDose.AttendanceCode));
    }
}
