using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Testing;
using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Booking;

/// <summary>The reservation side stores random ids and booking data only.</summary>
public sealed class PrivacyTests
{
    [Fact]
    public async Task StoredReservationState_AfterSignInAndBooking_HoldsNoVoucherNumberOrBirthDate()
    {
        await using var silo = await BookingSilos.StartAsync(o => o.Storage = TestStorage.Sqlite);
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", 5);
        var dose2 = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", 5);
        await campaign.PublishAndOpenAsync();
        await campaign.Importer.ImportCsv("4815162342,1948-07-23");
        var session = await campaign.Voucher("4815162342").SignIn(new DateOnly(1948, 7, 23));

        await campaign.Resident(session.ResidentId).Book(new BookingRequest(slot.SlotId));

        var stored = new[]
        {
            await StoredTextAsync(silo, "resident", campaign.Resident(session.ResidentId)),
            await StoredTextAsync(silo, "slot", campaign.Slot(slot)),
            await StoredTextAsync(silo, "slot", campaign.Slot(dose2)),
        };
        Assert.All(stored[1..], text => Assert.Contains(session.ResidentId, text, StringComparison.Ordinal));
        Assert.All(stored, text =>
        {
            Assert.DoesNotContain("4815162342", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1948-07-23", text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("4815162342", session.ResidentId, StringComparison.Ordinal);
    }

    private static async Task<string> StoredTextAsync(TestSilo silo, string stateName, IAddressable grain)
    {
        var stored = await silo.StoredJsonAsync(stateName, grain);
        Assert.NotNull(stored);
        return stored.Value.GetRawText();
    }
}
