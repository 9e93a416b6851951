using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Booking;

/// <summary>The silo and campaign of the reconciliation tests: SQLite (the state survives a restart), reconcile
/// every minute of the fake clock, records due after 30 s; one dose-1 slot and its dose-2 slot, open.</summary>
internal static class ReconcilingCampaign
{
    public static readonly TimeSpan ReconcilePeriod = TimeSpan.FromMinutes(1);

    public static Task<TestSilo> StartAsync(Action<IServiceCollection>? configureServices = null)
        => BookingSilos.StartAsync(
            o =>
            {
                o.Storage = TestStorage.Sqlite;
                o.ConfigureServices = configureServices;
            },
            b =>
            {
                b.ReconcilePeriod = ReconcilePeriod;
                b.SettleAfter = TimeSpan.FromSeconds(30);
            });

    public static async Task<(TestCampaign Campaign, SlotInfo Slot, SlotInfo Dose2)> OpenAsync(TestSilo silo)
    {
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        var dose2 = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        return (campaign, slot, dose2);
    }
}
