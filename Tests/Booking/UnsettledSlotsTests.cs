using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Booking;

/// <summary>The campaign's register of unsettled slots: a slot is in it, with the campaign's one reminder stored,
/// before it stores an unsettled record; it leaves once everything is settled, and the reminder goes with the last
/// slot. No slot registers a reminder of its own (that write sat in front of every slot's first confirmation).</summary>
public sealed class UnsettledSlotsTests
{
    [Fact]
    public async Task Book_BothSlotsRegisteredWithOneCampaignReminder_NoReminderPerSlot()
    {
        await using var silo = await ReconcilingCampaign.StartAsync();
        var (campaign, slot, dose2) = await ReconcilingCampaign.OpenAsync(silo);

        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        Assert.Equal(new[] { slot.SlotId, dose2.SlotId }.Order(StringComparer.Ordinal), await Register(campaign).GetSlots());
        Assert.Equal(1, await RemindersOfAsync(silo, Register(campaign)));
        Assert.Equal(0, await RemindersOfAsync(silo, campaign.Slot(slot)));
        Assert.Equal(0, await RemindersOfAsync(silo, campaign.Slot(dose2)));
    }

    [Fact]
    public async Task Book_ResidentSettled_SlotsLeaveTheRegisterAndItsReminderIsRemoved()
    {
        await using var silo = await ReconcilingCampaign.StartAsync();
        var (campaign, slot, dose2) = await ReconcilingCampaign.OpenAsync(silo);
        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        await Until.TrueAsync(async () => (await campaign.Slot(dose2).GetReservations()).All(r => r.Settled), "the resident settled both records");

        silo.Time.Advance(ReconcilingCampaign.ReconcilePeriod);

        await Until.TrueAsync(async () => (await Register(campaign).GetSlots()).Count == 0, "both slots left the register");
        await Until.TrueAsync(async () => await RemindersOfAsync(silo, Register(campaign)) == 0, "the campaign's reminder is removed");
    }

    [Fact]
    public async Task Book_AfterTheRegisterEmptied_SlotRegistersAgain()
    {
        await using var silo = await ReconcilingCampaign.StartAsync();
        var (campaign, slot, _) = await ReconcilingCampaign.OpenAsync(silo);
        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));
        await Until.TrueAsync(async () => (await campaign.Slot(slot).GetReservations()).All(r => r.Settled), "the first booking is settled");
        silo.Time.Advance(ReconcilingCampaign.ReconcilePeriod);
        await Until.TrueAsync(async () => (await Register(campaign).GetSlots()).Count == 0, "the register emptied");

        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        Assert.Contains(slot.SlotId, await Register(campaign).GetSlots());
        Assert.Equal(1, await RemindersOfAsync(silo, Register(campaign)));
    }

    [Fact]
    public async Task Register_SurvivesRestart()
    {
        await using var silo = await ReconcilingCampaign.StartAsync();
        var (campaign, slot, dose2) = await ReconcilingCampaign.OpenAsync(silo);
        await campaign.NewResident().Book(new BookingRequest(slot.SlotId));

        await silo.RestartAsync();

        Assert.Equal(new[] { slot.SlotId, dose2.SlotId }.Order(StringComparer.Ordinal), await Register(campaign).GetSlots());
    }

    [Fact]
    public async Task FormerReminderOfASlot_FiresOnce_TheSlotDropsIt()
    {
        await using var silo = await ReconcilingCampaign.StartAsync();
        var (campaign, slot, _) = await ReconcilingCampaign.OpenAsync(silo);
        var former = new ReminderEntry
        {
            GrainId = campaign.Slot(slot).GetGrainId(),
            ReminderName = "reconcile",
            StartAt = silo.Time.GetUtcNow().UtcDateTime,
            Period = ReconcilingCampaign.ReconcilePeriod,
        };
        await silo.Services.GetRequiredService<IReminderTable>().UpsertRow(former, TestContext.Current.CancellationToken);
        await silo.RestartAsync();
        Assert.Equal(1, await RemindersOfAsync(silo, campaign.Slot(slot)));

        silo.Time.Advance(ReconcilingCampaign.ReconcilePeriod);

        await Until.TrueAsync(async () => await RemindersOfAsync(silo, campaign.Slot(slot)) == 0, "the slot dropped its former reminder");
    }

    private static async Task<int> RemindersOfAsync(TestSilo silo, IAddressable grain)
        => (await silo.Services.GetRequiredService<IReminderTable>().ReadRows(grain.GetGrainId(), TestContext.Current.CancellationToken)).Reminders.Count;

    private static IUnsettledSlotsGrain Register(TestCampaign campaign) => campaign.Grains.GetGrain<IUnsettledSlotsGrain>(campaign.CampaignId);
}
