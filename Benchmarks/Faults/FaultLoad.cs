using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CheckIn.Benchmarks.Burst;

namespace CheckIn.Benchmarks.Faults;

/// <summary>The residents' side of a stampede under a fault, as browsers that retry: residents arrive at a steady rate,
/// each tries a random slot and, on <c>slot_full</c>, another one. A 503 is retried after its Retry-After, a 5xx, a
/// refused connection or a timeout shortly after, always with the same Idempotency-Key, so a booking whose answer was
/// lost is answered again rather than made twice. Every answer goes to the <see cref="FaultRecorder"/>.</summary>
internal sealed class FaultLoad(HttpClient client, string campaignId, IReadOnlyList<string> slotIds, FaultSettings settings, FaultRecorder recorder)
{
    private static readonly TimeSpan s_retryWithoutHeader = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_longestRetryAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_reconnectPause = TimeSpan.FromMilliseconds(200);

    public Task RunAsync(IReadOnlyList<StampedeResident> residents, CancellationToken stop)
        => LoadClient.RunPacedAsync(residents.Count, settings.ArrivalsPerSecond, settings.Concurrency, i => BookAsync(residents[i], i, stop));

    private async Task BookAsync(StampedeResident resident, int index, CancellationToken stop)
    {
        var random = new Random(HashCode.Combine(settings.Stampede.Seed, index));
        var tried = new HashSet<int>();
        for (var attempt = 0; attempt < Math.Min(settings.AttemptsPerResident, slotIds.Count); attempt++)
        {
            int slot;
            do
            {
                slot = random.Next(slotIds.Count);
            }
            while (!tried.Add(slot));

            var idempotencyKey = $"{resident.ResidentId}-{attempt}";
            while (true)
            {
                if (stop.IsCancellationRequested)
                {
                    recorder.GiveUp();
                    return;
                }

                var (outcome, pause) = await TryOnceAsync(resident, slot, idempotencyKey);
                if (outcome == FaultOutcome.SlotFull)
                {
                    break;
                }

                if (pause is not { } wait)
                {
                    return;
                }

                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    // Checked at the top of the loop.
                }
            }
        }
    }

    /// <summary>One request: its outcome, and how long to wait before the same request again (null: do not repeat).</summary>
    private async Task<(FaultOutcome Outcome, TimeSpan? RetryAfter)> TryOnceAsync(StampedeResident resident, int slot, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/campaigns/{campaignId}/reservations") { Content = JsonContent.Create(new { slotId = slotIds[slot] }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", resident.Token);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        var sentAt = recorder.Now;
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            recorder.Record(sentAt, slot, FaultOutcome.Unreachable, "unreachable");
            return (FaultOutcome.Unreachable, s_reconnectPause);
        }
        catch (TaskCanceledException)
        {
            recorder.Record(sentAt, slot, FaultOutcome.NoAnswer, "no answer");
            return (FaultOutcome.NoAnswer, s_reconnectPause);
        }

        using (response)
        {
            switch (response.StatusCode)
            {
                case HttpStatusCode.Created:
                    var (_, reservationId) = await BurstHttp.ReadAsync(response, HttpStatusCode.Created, "reservationId");
                    recorder.Confirm(new StampedeConfirmation(resident.ResidentId, slotIds[slot], reservationId ?? "?"));
                    recorder.Record(sentAt, slot, FaultOutcome.Created);
                    return (FaultOutcome.Created, null);
                case HttpStatusCode.ServiceUnavailable:
                    var delta = response.Headers.RetryAfter?.Delta;
                    recorder.Record(sentAt, slot, FaultOutcome.Unavailable, $"503 {await BurstHttp.ProblemCodeAsync(response)}");
                    if (delta is null)
                    {
                        recorder.RecordWithoutRetryAfter();
                    }

                    return (FaultOutcome.Unavailable, delta is { } d ? TimeSpan.FromTicks(Math.Min(d.Ticks, s_longestRetryAfter.Ticks)) : s_retryWithoutHeader);
                case >= HttpStatusCode.InternalServerError:
                    recorder.Record(sentAt, slot, FaultOutcome.ServerError, $"{(int)response.StatusCode} {await BurstHttp.ProblemCodeAsync(response)}");
                    return (FaultOutcome.ServerError, s_retryWithoutHeader);
                default:
                    var code = await BurstHttp.ProblemCodeAsync(response);
                    var outcome = code == BurstOutcomes.SlotFull ? FaultOutcome.SlotFull : FaultOutcome.Refused;
                    recorder.Record(sentAt, slot, outcome, outcome == FaultOutcome.Refused ? $"{(int)response.StatusCode} {code}" : null);
                    return (outcome, null);
            }
        }
    }
}
