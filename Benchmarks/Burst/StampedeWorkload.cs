using System.Collections.Concurrent;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The residents' side of the stampede, the same for the engine (in-process or HTTP) and the baseline:
/// every resident tries a random slot, and on <c>slot_full</c> another one it has not tried, up to k slots; any
/// other answer ends its attempts.</summary>
internal static class StampedeWorkload
{
    public static async Task<(IReadOnlyList<OperationSample> Samples, IReadOnlyList<StampedeConfirmation> Confirmations)> RunAsync(
        StampedeSettings settings, IReadOnlyList<StampedeResident> residents, IReadOnlyList<string> slotIds, Func<StampedeResident, string, Task<BookingAttempt>> book, BurstProgress progress)
    {
        var recorder = new LoadRecorder();
        var confirmations = new ConcurrentQueue<StampedeConfirmation>();
        var attempts = Math.Min(settings.AttemptsPerResident, slotIds.Count);
        recorder.Start();
        var run = LoadClient.RunAsync(residents.Count, settings.Concurrency, async index =>
        {
            var resident = residents[index];
            var random = new Random(HashCode.Combine(settings.Seed, index));
            var tried = new HashSet<int>();
            for (var attempt = 0; attempt < attempts; attempt++)
            {
                int slot;
                do
                {
                    slot = random.Next(slotIds.Count);
                }
                while (!tried.Add(slot));

                string? reservationId = null;
                var outcome = await recorder.MeasureAsync(async () =>
                {
                    var answer = await book(resident, slotIds[slot]);
                    reservationId = answer.ReservationId;
                    return answer.Outcome;
                });
                if (outcome == BurstOutcomes.Confirmed)
                {
                    confirmations.Enqueue(new StampedeConfirmation(resident.ResidentId, slotIds[slot], reservationId ?? "?"));
                }

                if (outcome != BurstOutcomes.SlotFull)
                {
                    break;
                }
            }
        });
        await progress.TrackAsync("stampede (requests)", residents.Count, () => recorder.Count, run);
        return (recorder.Samples(), [.. confirmations]);
    }

    /// <summary>Client-side double bookings: residents told "confirmed" more than once.</summary>
    public static int ClientDoubleBookings(IReadOnlyList<StampedeConfirmation> confirmations)
        => confirmations.GroupBy(c => c.ResidentId).Sum(g => g.Count() - 1);
}
