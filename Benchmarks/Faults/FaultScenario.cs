using System.Diagnostics;
using CheckIn.Benchmarks.Burst;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.Faults;

/// <summary>One fault injected into a booking stampede over HTTP, with real processes on a PostgreSQL server of the
/// run's own (stock settings; it is the one stopped and started for <see cref="FaultKind.PostgresRestart"/>): set the
/// campaign up, sign the residents in, open, stampede, strike once enough bookings were acknowledged, let the
/// stampede finish, read every acknowledged reservation back through the API, then stop everything and read the
/// campaign back from the database with a fresh silo.</summary>
internal static class FaultScenario
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(60);

    public static async Task<FaultResult> RunAsync(FaultKind kind, FaultSettings settings, TextWriter log)
    {
        settings.Validate();
        var clock = Stopwatch.StartNew();
        await using var postgres = await PostgresTestServer.StartOwnAsync();
        var connectionString = await postgres.CreateDatabaseAsync("faults");
        var config = BurstSettings.Create(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
        });

        StampedeCampaign campaign;
        DateTimeOffset opensAt;
        await using (var silo = await BurstSilo.StartAsync(config))
        {
            campaign = await StampedeCampaign.CreateDraftAsync(silo.Grains, settings.Stampede);
            opensAt = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
            await campaign.OpenAsync(silo.Grains, opensAt);
        }

        log.WriteLine($"  setup: {campaign.Slots.Count} slots, {campaign.Vouchers.Count:N0} vouchers after {clock.Elapsed.TotalSeconds:0.0} s");
        var notes = new List<string>();
        FaultRecorder recorder;
        TimeSpan faultAt, backAt;
        IReadOnlyList<StampedeResident> residents;
        int lostViaApi;
        var topology = await FaultTopology.StartAsync(kind, config, connectionString, log);
        try
        {
            using var client = BurstHttp.CreateClient(topology.BaseAddress, settings.Concurrency);
            residents = await StampedeScenario.SignInAsync(client, campaign, settings.Concurrency);
            await StampedeScenario.WaitUntilAsync(opensAt);
            log.WriteLine($"  {residents.Count:N0} residents signed in after {clock.Elapsed.TotalSeconds:0.0} s; stampede");

            recorder = new FaultRecorder();
            using var stop = new CancellationTokenSource(settings.RunDeadline);
            var run = new FaultLoad(client, campaign.CampaignId, [.. campaign.Slots.Select(s => s.SlotId)], settings, recorder).RunAsync(residents, stop.Token);
            await recorder.WaitForAcknowledgedAsync(settings.AcknowledgedBeforeFault, s_deadline, run);
            (faultAt, backAt) = await StrikeAsync(kind, settings, postgres, topology, client, recorder, notes);
            log.WriteLine($"  {FaultKinds.Name(kind)} at {faultAt.TotalSeconds:0.0} s, back at {backAt.TotalSeconds:0.0} s; {notes[^1]}");
            await run;
            log.WriteLine($"  stampede done after {recorder.Now.TotalSeconds:0.0} s: {recorder.Acknowledged:N0} acknowledged");
            lostViaApi = await CountMissingViaApiAsync(client, campaign.CampaignId, residents, recorder.Confirmations, settings.Concurrency);
        }
        finally
        {
            await topology.DisposeAsync();
        }

        StampedeReadBack readBack;
        await using (var silo = await BurstSilo.StartAsync(config))
        {
            readBack = await campaign.ReadBackAsync(silo.Grains, residents, recorder.Confirmations);
        }

        var result = new FaultResult
        {
            Fault = FaultKinds.Name(kind),
            Parameters = settings.Describe(),
            Created = recorder.Count(FaultOutcome.Created),
            SlotFull = recorder.Count(FaultOutcome.SlotFull),
            Refused = recorder.Count(FaultOutcome.Refused),
            Unavailable = recorder.Count(FaultOutcome.Unavailable),
            UnavailableWithoutRetryAfter = recorder.UnavailableWithoutRetryAfter,
            ServerErrors = recorder.Count(FaultOutcome.ServerError),
            Unreachable = recorder.Count(FaultOutcome.Unreachable),
            NoAnswer = recorder.Count(FaultOutcome.NoAnswer),
            GaveUp = recorder.GaveUp,
            AnswerCodes = recorder.AnswerCodes,
            FaultAt = faultAt,
            BackAt = backAt,
            FirstCreatedAfterBack = recorder.FirstCreatedAfter(backAt),
            AllSlotsServingAfterBack = recorder.AllSlotsServingAfter(backAt, campaign.Slots.Count),
            Acknowledged = recorder.Acknowledged,
            LostInDatabase = readBack.Lost,
            LostViaApi = lostViaApi,
            OverbookedSlots = readBack.OverbookedSlots,
            StoredActive = readBack.StoredActive,
            Unacknowledged = readBack.Extra,
            UnacknowledgedUnsettled = readBack.ExtraUnsettled,
            SlowestAnswer = recorder.SlowestAnswer,
        };
        result.Notes.AddRange(notes);
        if (recorder.LastError() is { } lastError)
        {
            result.Notes.Add($"last error answer {(lastError - backAt).TotalSeconds:0.00} s after the dependency was back");
        }

        result.Notes.Add($"run took {clock.Elapsed.TotalSeconds:0} s");
        return result;
    }

    /// <summary>Injects the fault; returns when it struck and when the dependency was back, both since the opening.</summary>
    private static async Task<(TimeSpan FaultAt, TimeSpan BackAt)> StrikeAsync(
        FaultKind kind, FaultSettings settings, PostgresTestServer postgres, FaultTopology topology, HttpClient client, FaultRecorder recorder, List<string> notes)
    {
        switch (kind)
        {
            case FaultKind.PostgresRestart:
            {
                var faultAt = recorder.Now;
                await postgres.StopAsync();
                // Down for the chosen time, and until the residents have felt it.
                await recorder.WaitForErrorsAsync(faultAt, settings.Downtime, s_deadline);
                var restartAt = recorder.Now;
                await postgres.RestartAsync();
                var backAt = recorder.Now;
                notes.Add($"PostgreSQL (pg_ctl stop -m immediate) down {(restartAt - faultAt).TotalSeconds:0.0} s, then {(backAt - restartAt).TotalSeconds:0.0} s to start and answer");
                return (faultAt, backAt);
            }

            case FaultKind.SiloKill:
            {
                var (victim, slots) = await topology.SiloHostingMostSlotsAsync(client);
                var faultAt = recorder.Now;
                victim.Kill();
                notes.Add($"kill -9 of the silo pid {victim.ProcessId} hosting {slots} of the {settings.Slots} slot grains; recovery counted from the kill");
                return (faultAt, faultAt);
            }

            case FaultKind.WebFrontRestart:
            {
                var faultAt = recorder.Now;
                await topology.KillWebFrontAsync();
                await topology.StartWebFrontAsync();
                var backAt = recorder.Now;
                notes.Add($"web front (co-hosted silo) killed with kill -9 and started again on the same port: healthy after {(backAt - faultAt).TotalSeconds:0.0} s");
                return (faultAt, backAt);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>Every acknowledged resident reads its reservations (<c>GET /reservations/mine</c>) from the web front
    /// after the fault: how many acknowledged reservations are not among its active ones.</summary>
    private static async Task<int> CountMissingViaApiAsync(HttpClient client, string campaignId, IReadOnlyList<StampedeResident> residents, IReadOnlyList<StampedeConfirmation> confirmations, int concurrency)
    {
        var byId = residents.ToDictionary(r => r.ResidentId, StringComparer.Ordinal);
        var expected = confirmations.GroupBy(c => c.ResidentId).ToList();
        var missing = 0;
        await LoadClient.RunAsync(expected.Count, concurrency, async i =>
        {
            var active = await StampedeScenario.ViewReservationsAsync(client, campaignId, byId[expected[i].Key]);
            Interlocked.Add(ref missing, expected[i].Count(c => !active.Contains(c.ReservationId)));
        });
        return missing;
    }
}
