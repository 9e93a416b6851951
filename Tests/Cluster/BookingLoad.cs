using System.Collections.Concurrent;
using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Tests.Cluster;

/// <summary>Residents booking one slot of a fresh campaign through the client, a few at a time and paced so that
/// the booking is still under way when a silo dies. Every acknowledged reservation is remembered; a call that
/// failed with an unknown outcome is retried with the same Idempotency-Key, as a browser would.</summary>
internal sealed class BookingLoad : IAsyncDisposable
{
    private readonly IGrainFactory _grains;
    private readonly ConcurrentQueue<(string ResidentId, string ReservationId)> _acknowledged = new();
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers = [];

    private BookingLoad(IGrainFactory grains, string campaignId, string slotId, int capacity)
    {
        _grains = grains;
        CampaignId = campaignId;
        SlotId = slotId;
        Capacity = capacity;
    }

    public string CampaignId { get; }

    public string SlotId { get; }

    public int Capacity { get; }

    public ISlotGrain Slot => _grains.GetGrain<ISlotGrain>(BookingKeys.Slot(CampaignId, SlotId));

    public int Acknowledged => _acknowledged.Count;

    public bool Full { get; private set; }

    public string Failures => _failures.IsEmpty ? "none" : string.Join(", ", _failures.Select(static f => $"{f.Key} x{f.Value}"));

    /// <summary>Defines and publishes a single-dose campaign opening in 15 s with one slot of
    /// <paramref name="capacity"/> seats a week ahead; activates the slot grain.</summary>
    public static async Task<BookingLoad> CreateAsync(IGrainFactory grains, int capacity)
    {
        var campaignId = BookingIds.NewCampaignId();
        var campaign = grains.GetGrain<ICampaignGrain>(campaignId);
        var offset = TimeSpan.FromHours(9);
        // Far enough ahead that a slow setup (first activations on a busy machine) still publishes before it.
        var opensAt = DateTimeOffset.UtcNow.AddSeconds(15);
        // The first booking call activates the grain types and storage on a busy machine: retried (Define is
        // idempotent before publishing) rather than failing the setup on a slow first call.
        await Retry.UntilAsync(() => campaign.Define(new CampaignDefinition("test-city", "Cluster failover campaign", opensAt, 0, offset)), TimeSpan.FromSeconds(60));
        var site = await campaign.AddSite(new SiteDefinition("Community hall", "1-1 Test-cho"));
        var day = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(offset).DateTime).AddDays(7);
        var slots = await campaign.AddSlots(new AddSlotsRequest(site.SiteId, day, [new TimeOnly(10, 0)], capacity));
        await campaign.Publish();
        var load = new BookingLoad(grains, campaignId, slots[0].SlotId, capacity);
        await load.Slot.GetSummary();
        return load;
    }

    /// <summary>Starts <paramref name="workers"/> residents' browsers, each booking one new resident after another
    /// until the slot is full.</summary>
    public void Start(int workers, TimeSpan pause)
    {
        for (var i = 0; i < workers; i++)
        {
            _workers.Add(Task.Run(() => BookAsync(pause)));
        }
    }

    public async Task WaitForAcknowledgedAsync(int count, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (Acknowledged < count && !Full)
        {
            Assert.True(DateTime.UtcNow < until, $"{Acknowledged} of {count} bookings acknowledged within {deadline}; failed calls: {Failures}.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await Task.WhenAll(_workers);
    }

    /// <summary>No acknowledged reservation lost (the resident and the slot both hold it, active), and no
    /// overbooking (the slot never has more booked seats than its capacity).</summary>
    public async Task AssertNothingLostAndNoOverbookingAsync()
    {
        var timeout = TimeSpan.FromSeconds(30);
        var slotReservations = (await Retry.UntilAsync(() => Slot.GetReservations(), timeout))
            .Where(static r => r.Status == ReservationStatus.Active)
            .Select(static r => r.ReservationId)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (residentId, reservationId) in _acknowledged)
        {
            var resident = _grains.GetGrain<IResidentGrain>(BookingKeys.Resident(CampaignId, residentId));
            var reservations = await Retry.UntilAsync(() => resident.GetReservations(), timeout);
            Assert.Contains(reservations, r => r.Reservation.ReservationId == reservationId && r.Status == ReservationStatus.Active);
            Assert.Contains(reservationId, slotReservations);
        }

        var summary = await Retry.UntilAsync(() => Slot.GetSummary(), timeout);
        Assert.True(summary.Booked <= Capacity, $"overbooked: {summary.Booked} booked of {Capacity}");
        Assert.True(slotReservations.Count <= Capacity, $"overbooked: {slotReservations.Count} active reservations of {Capacity}");
        Assert.True(Acknowledged <= Capacity, $"overbooked: {Acknowledged} acknowledged of {Capacity}");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Acknowledged} acknowledged reservations of {Capacity} seats, all held by resident and slot; slot: {summary.Booked} booked, {summary.Held} held; failed calls: {Failures}.");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task BookAsync(TimeSpan pause)
    {
        try
        {
            while (!_stop.IsCancellationRequested && !Full)
            {
                var residentId = BookingIds.NewResidentId();
                var resident = _grains.GetGrain<IResidentGrain>(BookingKeys.Resident(CampaignId, residentId));
                var request = new BookingRequest(SlotId, 1, IdempotencyKey: residentId);
                while (!_stop.IsCancellationRequested)
                {
                    try
                    {
                        var result = await resident.Book(request);
                        _acknowledged.Enqueue((residentId, result.FirstDose.ReservationId));
                        break;
                    }
                    catch (BookingException e) when (e.Code == BookingErrorCodes.SlotFull)
                    {
                        Full = true;
                        break;
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // Not open yet, or an unknown outcome while the cluster notices a crash: the same request again.
                        _failures.AddOrUpdate(e is BookingException b ? b.Code : e.GetType().Name, 1, static (_, n) => n + 1);
                        await Task.Delay(100, _stop.Token);
                    }
                }

                await Task.Delay(pause, _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped.
        }
    }
}
