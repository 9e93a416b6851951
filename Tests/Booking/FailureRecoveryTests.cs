using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Tests.Booking;

/// <summary>Failures between the two sides of a booking never leave a seat held: the slots' unsettled
/// records are reconciled with what the resident stored, on the durable reminder of the campaign's register of
/// unsettled slots.</summary>
public sealed class FailureRecoveryTests
{
    [Fact]
    public async Task Book_ResidentCommitFailsBeforeStoring_ReminderFreesBothSeats()
    {
        var faults = new StorageFaults();
        await using var silo = await ReconcilingCampaign.StartAsync(faults.Install);
        var (campaign, slot, dose2) = await ReconcilingCampaign.OpenAsync(silo);
        var resident = campaign.NewResident();
        faults.Storage.FailWrites((_, id) => id.Type == ResidentType(campaign) ? WriteFault.BeforeStoring : WriteFault.None);

        await BookingAssert.RefusedAsync(BookingErrorCodes.Unavailable, () => resident.Book(new BookingRequest(slot.SlotId)));
        Assert.Equal(1, (await campaign.Slot(slot).GetSummary()).Booked); // confirmed at the slot, not settled
        faults.Storage.Heal();

        silo.Time.Advance(ReconcilingCampaign.ReconcilePeriod);

        await Until.TrueAsync(async () => await BookedAsync(campaign, slot) == 0 && await BookedAsync(campaign, dose2) == 0, "both seats are free again");
        Assert.Empty(await resident.GetReservations());
        Assert.All(await campaign.Slot(slot).GetReservations(), r => Assert.Equal((ReservationStatus.Cancelled, true), (r.Status, r.Settled)));
    }

    [Fact]
    public async Task Book_ResidentCommitStoredButAcknowledgementLost_ReminderKeepsBooking()
    {
        var faults = new StorageFaults();
        await using var silo = await ReconcilingCampaign.StartAsync(faults.Install);
        var (campaign, slot, dose2) = await ReconcilingCampaign.OpenAsync(silo);
        var resident = campaign.NewResident();
        faults.Storage.FailWrites((_, id) => id.Type == ResidentType(campaign) ? WriteFault.AfterStoring : WriteFault.None);

        await BookingAssert.RefusedAsync(BookingErrorCodes.Unavailable, () => resident.Book(new BookingRequest(slot.SlotId)));
        faults.Storage.Heal();

        silo.Time.Advance(ReconcilingCampaign.ReconcilePeriod);

        await Until.TrueAsync(async () => (await campaign.Slot(slot).GetReservations()).All(r => r.Settled), "the dose-1 record is settled");
        Assert.Equal(1, await BookedAsync(campaign, slot));
        Assert.Equal(1, await BookedAsync(campaign, dose2));
        Assert.All(await resident.GetReservations(), r => Assert.Equal(ReservationStatus.Active, r.Status));
    }

    [Fact]
    public async Task Book_SiloDiesAfterSlotsConfirmed_ReminderAfterRestartFreesSeats()
    {
        var faults = new StorageFaults();
        await using var silo = await ReconcilingCampaign.StartAsync(faults.Install);
        var (campaign, slot, dose2) = await ReconcilingCampaign.OpenAsync(silo);
        faults.Storage.FailWrites((_, id) => id.Type == ResidentType(campaign) ? WriteFault.BeforeStoring : WriteFault.None);
        await BookingAssert.RefusedAsync(BookingErrorCodes.Unavailable, () => campaign.NewResident().Book(new BookingRequest(slot.SlotId)));
        faults.Storage.Heal();

        // What is stored now is what a crash between the slots' confirms and the resident's commit leaves.
        await silo.RestartAsync();
        silo.Time.Advance(ReconcilingCampaign.ReconcilePeriod);

        await Until.TrueAsync(async () => await BookedAsync(campaign, slot) == 0 && await BookedAsync(campaign, dose2) == 0, "both seats are free after the restart");
    }

    [Fact]
    public async Task Book_DoseTwoConfirmFails_DoseOneReleasedAndNothingHeld()
    {
        var faults = new StorageFaults();
        await using var silo = await ReconcilingCampaign.StartAsync(faults.Install);
        var (campaign, slot, dose2) = await ReconcilingCampaign.OpenAsync(silo);
        var resident = campaign.NewResident();
        var dose2Key = BookingKeys.Slot(campaign.CampaignId, dose2.SlotId);
        faults.Storage.FailWrites((_, id) => id.Key.ToString() == dose2Key ? WriteFault.BeforeStoring : WriteFault.None);

        await BookingAssert.RefusedAsync(BookingErrorCodes.Unavailable, () => resident.Book(new BookingRequest(slot.SlotId)));
        faults.Storage.Heal();

        Assert.Equal(0, await BookedAsync(campaign, slot));
        await Until.TrueAsync(async () => await BookedAsync(campaign, dose2) == 0, "the dose-2 slot reloaded without the failed record");
        Assert.Empty(await resident.GetReservations());
        var retried = await resident.Book(new BookingRequest(slot.SlotId));
        Assert.Equal(dose2.SlotId, retried.SecondDose!.SlotId);
    }

    [Fact]
    public async Task Cancel_DoseTwoReleaseFails_ReconciliationCompletesCancellation()
    {
        var faults = new StorageFaults();
        await using var silo = await ReconcilingCampaign.StartAsync(faults.Install);
        var (campaign, slot, dose2) = await ReconcilingCampaign.OpenAsync(silo);
        var resident = campaign.NewResident();
        var booked = await resident.Book(new BookingRequest(slot.SlotId));
        var dose2Key = BookingKeys.Slot(campaign.CampaignId, dose2.SlotId);
        faults.Storage.FailWrites((_, id) => id.Key.ToString() == dose2Key ? WriteFault.BeforeStoring : WriteFault.None);

        await BookingAssert.RefusedAsync(BookingErrorCodes.Unavailable, () => resident.Cancel(booked.FirstDose.ReservationId));
        faults.Storage.Heal();
        Assert.Equal(0, await BookedAsync(campaign, slot));

        silo.Time.Advance(ReconcilingCampaign.ReconcilePeriod);

        await Until.TrueAsync(async () => await BookedAsync(campaign, dose2) == 0, "the dose-2 seat is freed by the completed cancellation");
        Assert.All(await resident.GetReservations(), r => Assert.Equal(ReservationStatus.Cancelled, r.Status));
    }

    private static GrainType ResidentType(TestCampaign campaign) => campaign.NewResident().GetGrainId().Type;

    private static async Task<int> BookedAsync(TestCampaign campaign, SlotInfo slot) => (await campaign.Slot(slot).GetSummary()).Booked;
}
