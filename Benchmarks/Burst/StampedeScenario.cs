using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CheckIn.Benchmarks.CheckIn;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The opening-day stampede against the engine, in-process (grain calls) or over HTTP (the web front as a
/// child process): set up, sign the residents in, open the campaign, stampede, stop the silo or web front, and
/// read everything back from a fresh silo on the same database.</summary>
internal static class StampedeScenario
{
    /// <summary>Time between publishing the campaign and its opening instant.</summary>
    private static readonly TimeSpan s_openingLead = TimeSpan.FromSeconds(1);

    public static async Task<ScenarioResult> RunInProcessAsync(StampedeSettings settings, BenchmarkStorage storage, PostgresTestServer? postgres, BurstProgress progress)
    {
        settings.Validate();
        await using var database = await BurstDatabase.CreateAsync(storage, postgres, "stampede");
        var config = BurstSettings.Create(database.Settings);
        var notes = new List<string>();
        StampedeCampaign campaign;
        IReadOnlyList<StampedeResident> residents;
        (IReadOnlyList<OperationSample> Samples, IReadOnlyList<StampedeConfirmation> Confirmations) run;
        await using (var silo = await BurstSilo.StartAsync(config))
        {
            campaign = await SetUpAsync(silo, settings, notes, progress);
            var clock = Stopwatch.StartNew();
            residents = await campaign.SignInAsync(silo.Grains, settings.Concurrency);
            notes.Add(Rate("signed in and looked at their reservations before the opening (voucher and resident grains)", residents.Count, clock.Elapsed));
            var opensAt = DateTimeOffset.UtcNow + s_openingLead;
            await campaign.OpenAsync(silo.Grains, opensAt);
            await WaitUntilAsync(opensAt);
            using var commits = new StorageCommitMeter();
            var cpu = new CpuShareMeter();
            run = await StampedeWorkload.RunAsync(settings, residents, SlotIds(campaign), (r, slot) => campaign.BookAsync(silo.Grains, r, slot), progress);
            notes.Add(cpu.Describe("the stampede", "silo", run.Samples.Count));
            notes.Add(commits.Describe("the stampede"));
        }

        return await VerifyAsync(BurstScenarios.InProcess, database, config, settings, campaign, residents, run, notes);
    }

    public static async Task<ScenarioResult> RunHttpAsync(StampedeSettings settings, BenchmarkStorage storage, PostgresTestServer? postgres, BurstProgress progress)
    {
        settings.Validate();
        await using var database = await BurstDatabase.CreateAsync(storage, postgres, "stampede_http");
        var config = BurstSettings.Create(database.Settings);
        var notes = new List<string>();
        StampedeCampaign campaign;
        await using (var silo = await BurstSilo.StartAsync(config))
        {
            campaign = await SetUpAsync(silo, settings, notes, progress);
        }

        // Sessions come from the web front before the opening; the campaign is opened in between (its opening time
        // can change only while it is a draft, and the web front publishes when slots are added).
        IReadOnlyList<StampedeResident> residents;
        await using (var web = await WebFrontServer.StartAsync(config))
        {
            using var client = BurstHttp.CreateClient(web.BaseAddress, settings.Concurrency);
            var clock = Stopwatch.StartNew();
            residents = await SignInAsync(client, campaign, settings.Concurrency);
            notes.Add(Rate("signed in before the opening (POST /sessions)", residents.Count, clock.Elapsed));
        }

        DateTimeOffset opensAt;
        await using (var silo = await BurstSilo.StartAsync(config))
        {
            // The web front takes a few seconds to start; if the residents are not ready by then, the stampede starts
            // when they are (nobody books before).
            opensAt = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(5);
            await campaign.OpenAsync(silo.Grains, opensAt);
        }

        (IReadOnlyList<OperationSample> Samples, IReadOnlyList<StampedeConfirmation> Confirmations) run;
        await using (var web = await WebFrontServer.StartAsync(config))
        {
            using var client = BurstHttp.CreateClient(web.BaseAddress, settings.Concurrency);
            await BurstHttp.WarmUpAsync(client, settings.Concurrency);

            // The residents look at their reservations before the opening, as in-process (this web front is not
            // the one that signed them in; their sessions survive its restart).
            var clock = Stopwatch.StartNew();
            await LoadClient.RunAsync(residents.Count, settings.Concurrency, async i => await ViewReservationsAsync(client, campaign.CampaignId, residents[i]));
            notes.Add(Rate("looked at their reservations before the opening (GET /reservations/mine)", residents.Count, clock.Elapsed));
            await WaitUntilAsync(opensAt);
            var cpu = new CpuShareMeter(web.ProcessId);
            run = await StampedeWorkload.RunAsync(settings, residents, SlotIds(campaign), (r, slot) => BookAsync(client, campaign.CampaignId, r, slot), progress);
            notes.Add(cpu.Describe("the stampede", "web front", run.Samples.Count));
        }

        var result = await VerifyAsync(BurstScenarios.Http, database, config, settings, campaign, residents, run, notes);
        await VerifyOverHttpAsync(config, settings, campaign, residents, run.Confirmations, result);
        return result;
    }

    private static async Task<StampedeCampaign> SetUpAsync(BurstSilo silo, StampedeSettings settings, List<string> notes, BurstProgress progress)
    {
        var clock = Stopwatch.StartNew();
        var campaign = await StampedeCampaign.CreateDraftAsync(silo.Grains, settings);
        notes.Add($"setup: campaign with {campaign.Slots.Count:N0} slots and {campaign.Vouchers.Count:N0} vouchers in {clock.Elapsed.TotalSeconds:0.0} s");
        progress.Log.WriteLine($"  {notes[^1]}");
        return campaign;
    }

    private static async Task<ScenarioResult> VerifyAsync(string mode, BurstDatabase database, Dictionary<string, string?> config, StampedeSettings settings, StampedeCampaign campaign,
        IReadOnlyList<StampedeResident> residents, (IReadOnlyList<OperationSample> Samples, IReadOnlyList<StampedeConfirmation> Confirmations) run, List<string> notes)
    {
        var result = new ScenarioResult
        {
            Scenario = BurstScenarios.Stampede,
            Mode = mode,
            Storage = database.Name,
            Parameters = settings.Describe(),
            Samples = run.Samples,
        };
        result.Notes.AddRange(notes);
        var clock = Stopwatch.StartNew();
        await using (var silo = await BurstSilo.StartAsync(config))
        {
            await campaign.VerifyAsync(silo.Grains, residents, run.Confirmations, result);
        }

        result.Notes.Add($"read-back after the restart took {clock.Elapsed.TotalSeconds:0.0} s");
        return result;
    }

    internal static async Task<IReadOnlyList<StampedeResident>> SignInAsync(HttpClient client, StampedeCampaign campaign, int concurrency)
    {
        var residents = new StampedeResident[campaign.Vouchers.Count];
        await LoadClient.RunAsync(residents.Length, concurrency, async i =>
        {
            using var response = await client.PostAsync(
                $"api/campaigns/{campaign.CampaignId}/sessions",
                BurstHttp.Json(new { voucherNumber = campaign.Vouchers[i], birthDate = StampedeCampaign.BirthDate }));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode} {await BurstHttp.ProblemCodeAsync(response)}");
            }

            var session = await response.Content.ReadFromJsonAsync<SessionAnswer>() ?? throw new InvalidOperationException("Empty session answer.");
            residents[i] = new StampedeResident(session.ResidentId, session.SessionToken);
        });
        return residents;
    }

    private static async Task<BookingAttempt> BookAsync(HttpClient client, string campaignId, StampedeResident resident, string slotId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/campaigns/{campaignId}/reservations") { Content = BurstHttp.Json(new { slotId }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", resident.Token);
        using var response = await client.SendAsync(request);
        var (outcome, id) = await BurstHttp.ReadAsync(response, HttpStatusCode.Created, "reservationId");
        return new BookingAttempt(outcome, id);
    }

    /// <summary>GET /reservations/mine: the ids of the resident's active reservations.</summary>
    internal static async Task<HashSet<string>> ViewReservationsAsync(HttpClient client, string campaignId, StampedeResident resident)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/campaigns/{campaignId}/reservations/mine");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", resident.Token);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET reservations/mine failed: {(int)response.StatusCode} {await BurstHttp.ProblemCodeAsync(response)}");
        }

        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("reservations").EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() == "active")
            .Select(r => r.GetProperty("reservationId").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Over HTTP the residents also read their reservations back from a fresh web front on the same
    /// database, with the sessions they signed in with before the opening.</summary>
    private static async Task VerifyOverHttpAsync(Dictionary<string, string?> config, StampedeSettings settings, StampedeCampaign campaign,
        IReadOnlyList<StampedeResident> residents, IReadOnlyList<StampedeConfirmation> confirmations, ScenarioResult result)
    {
        var expected = confirmations.GroupBy(c => c.ResidentId).ToDictionary(g => g.Key, g => g.Select(c => c.ReservationId).ToHashSet(StringComparer.Ordinal));
        var disagree = 0;
        await using (var web = await WebFrontServer.StartAsync(config))
        {
            using var client = BurstHttp.CreateClient(web.BaseAddress, settings.Concurrency);
            await LoadClient.RunAsync(residents.Count, settings.Concurrency, async i =>
            {
                var active = await ViewReservationsAsync(client, campaign.CampaignId, residents[i]);
                if (!active.SetEquals(expected.GetValueOrDefault(residents[i].ResidentId) ?? []))
                {
                    Interlocked.Increment(ref disagree);
                }
            });
        }

        result.Verified = result.Verified == true && disagree == 0;
        result.Verification += $"; then a fresh web front: {residents.Count:N0} residents read their reservations over HTTP, {disagree} disagree";
    }

    private static IReadOnlyList<string> SlotIds(StampedeCampaign campaign) => [.. campaign.Slots.Select(s => s.SlotId)];

    /// <summary>Waits until the system clock (the silo's and the web front's clock too) has passed the instant.</summary>
    internal static async Task WaitUntilAsync(DateTimeOffset instant)
    {
        for (var wait = instant - DateTimeOffset.UtcNow; wait >= TimeSpan.Zero; wait = instant - DateTimeOffset.UtcNow)
        {
            await Task.Delay(wait + TimeSpan.FromMilliseconds(1));
        }
    }

    internal static string Rate(string what, int count, TimeSpan elapsed)
        => $"{count:N0} {what} in {elapsed.TotalSeconds:0.0} s ({count / Math.Max(elapsed.TotalSeconds, 0.001):N0}/s)";

    private sealed record SessionAnswer(string SessionToken, string ResidentId);
}
