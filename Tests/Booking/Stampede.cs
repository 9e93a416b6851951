using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Testing;

namespace CheckIn.Tests.Booking;

/// <summary>The opening-minute stampede: many residents book one slot at the same moment. Exactly the
/// capacity is confirmed, everyone else is told the slot is full, and after a restart the stored state
/// (slots and residents alike) says the same.</summary>
public static class Stampede
{
    public const int Attempts = 5_000;
    public const int Seats = 100;

    public static Action<TestSiloOptions> Silo(TestStorage storage, string? connectionString = null) => o =>
    {
        o.Storage = storage;
        o.ConnectionString = connectionString;

        // 5,000 resident activations each read their state first; a loaded 2-core machine must not time them out.
        o.Settings["Silo:CallTimeout"] = "00:03:00";
    };

    public static async Task RunAsync(TestSilo silo)
    {
        var campaign = await TestCampaign.CreateAsync(silo);
        var slot = await campaign.AddSlotAsync(TestCampaign.Day1, "14:00", Seats);
        var dose2 = await campaign.AddSlotAsync(TestCampaign.Day2, "14:00", Seats);
        await campaign.PublishAndOpenAsync();
        var residentIds = Enumerable.Range(0, Attempts).Select(_ => BookingIds.NewResidentId()).ToArray();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = residentIds.Select(async id =>
        {
            await go.Task;
            try
            {
                return (Id: id, Booking: await campaign.Resident(id).Book(new BookingRequest(slot.SlotId)), Code: (string?)null);
            }
            catch (BookingException exception)
            {
                return (Id: id, Booking: (BookingResult?)null, Code: exception.Code);
            }
        }).ToArray();

        go.SetResult();
        var results = await Task.WhenAll(attempts);

        var winners = results.Where(r => r.Booking is not null).ToDictionary(r => r.Id, r => r.Booking!);
        Assert.Equal(Seats, winners.Count);
        Assert.All(results.Where(r => r.Booking is null), r => Assert.Equal(BookingErrorCodes.SlotFull, r.Code));
        Assert.All(winners.Values, b => Assert.Equal(dose2.SlotId, b.SecondDose!.SlotId));

        await silo.RestartAsync();

        await AssertStoredAsync(campaign, slot, dose2, winners, residentIds);

        // Reconciling every record with its resident changes nothing: the two sides agree.
        Assert.Equal(0, await campaign.Slot(slot).ReconcileNow());
        Assert.Equal(0, await campaign.Slot(dose2).ReconcileNow());
        Assert.Equal(Seats, (await campaign.Slot(slot).GetSummary()).Booked);
        Assert.Equal(Seats, (await campaign.Slot(dose2).GetSummary()).Booked);
        Assert.All(await campaign.Slot(slot).GetReservations(), r => Assert.True(r.Settled));
    }

    private static async Task AssertStoredAsync(TestCampaign campaign, SlotInfo slot, SlotInfo dose2, Dictionary<string, BookingResult> winners, string[] residentIds)
    {
        foreach (var (info, dose) in new[] { (slot, 1), (dose2, 2) })
        {
            var summary = await campaign.Slot(info).GetSummary();
            Assert.Equal((Seats, 0, 0), (summary.Booked, summary.Held, summary.Remaining));
            var active = (await campaign.Slot(info).GetReservations()).Where(r => r.Status == ReservationStatus.Active).ToList();
            Assert.Equal(winners.Keys.Order(StringComparer.Ordinal), active.Select(r => r.ResidentId).Order(StringComparer.Ordinal));
            Assert.All(active, r => Assert.Equal(dose, r.Dose));
            var expectedIds = winners.Values.Select(b => dose == 1 ? b.FirstDose.ReservationId : b.SecondDose!.ReservationId).Order(StringComparer.Ordinal);
            Assert.Equal(expectedIds, active.Select(r => r.ReservationId).Order(StringComparer.Ordinal));
        }

        var views = await Task.WhenAll(residentIds.Select(async id => (Id: id, Reservations: await campaign.Resident(id).GetReservations())));
        foreach (var (id, reservations) in views)
        {
            if (winners.TryGetValue(id, out var booking))
            {
                Assert.Equal(new[] { booking.FirstDose, booking.SecondDose! }, reservations.Select(r => r.Reservation));
                Assert.All(reservations, r => Assert.Equal(ReservationStatus.Active, r.Status));
            }
            else
            {
                Assert.Empty(reservations);
            }
        }
    }
}
