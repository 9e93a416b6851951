using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CheckIn.Benchmarks.CheckIn;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The exposure fan-out against the engine: one venue's visitors seeded through the check-in grain, then
/// exposures reported in-process (the venue grain, on a fresh silo) and over HTTP (<c>POST
/// /api/venues/{venueId}/exposures</c> as a health officer, on a freshly started web front), on the same database.
/// Each report is one sample: its latency is the time until every warning is queued durably. The read-back, on a
/// fresh silo, finds every reported exposure with all its mails in the outboxes. Mail delivery is off.</summary>
internal static class ExposureFanOutScenario
{
    private const string Tenant = "burst";
    private const string AdminPassword = "burst-run-admin-password";
    private const string OfficerPassword = "burst-run-officer-password";
    private const int SeedConcurrency = 256;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(
        ExposureFanOutSettings settings, BenchmarkStorage storage, PostgresTestServer? postgres, bool inProcess, bool http, BurstProgress progress)
    {
        settings.Validate();
        await using var database = await BurstDatabase.CreateAsync(storage, postgres, "exposure");
        var config = BurstSettings.Create(database.Settings);
        config["CHECKIN_ADMIN_PASSWORD"] = AdminPassword;
        var windowStart = DateTimeOffset.UtcNow.AddMinutes(-1);
        var notes = new List<string>();
        VenueInfo venue;
        await using (var silo = await BurstSilo.StartAsync(config))
        {
            venue = await silo.Grains.GetGrain<IVenueDirectoryGrain>(Tenant).Register(new VenueRegistration("Burst stadium", "stadium", "1-1 Burst-cho, Osaka", "burst-operator"));
            var clock = Stopwatch.StartNew();
            await SeedAsync(silo.Grains, venue, settings.Visitors, progress);
            notes.Add(StampedeScenario.Rate("check-ins seeded at the venue", settings.Visitors, clock.Elapsed));
        }

        var windowEnd = DateTimeOffset.UtcNow.AddMinutes(1);
        var reports = 0;
        (DateTimeOffset From, DateTimeOffset To) NextWindow() => (windowStart - TimeSpan.FromMilliseconds(++reports), windowEnd);

        var runs = new List<(ScenarioResult Result, IReadOnlyList<string> ExposureIds)>();
        if (inProcess)
        {
            await using var silo = await BurstSilo.StartAsync(config);
            var grain = silo.Grains.GetGrain<IVenueGrain>(venue.VenueId);
            runs.Add(await ReportAllAsync(settings, BurstScenarios.InProcess, database.Name, notes, progress, async () =>
            {
                var (from, to) = NextWindow();
                var receipt = await grain.ReportExposure(from, to, "burst harness");
                return (receipt.IsNew ? Outcome(settings, receipt.Recipients) : "not_new", receipt.ExposureId);
            }));
        }

        if (http)
        {
            await using var web = await WebFrontServer.StartAsync(config);
            using var client = BurstHttp.CreateClient(web.BaseAddress, 1);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await HealthOfficerTokenAsync(client));
            runs.Add(await ReportAllAsync(settings, BurstScenarios.Http, database.Name, notes, progress, async () =>
            {
                var (from, to) = NextWindow();
                using var response = await client.PostAsync($"api/venues/{venue.VenueId}/exposures", BurstHttp.Json(new { from, to }));
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    return ((await BurstHttp.ReadAsync(response, HttpStatusCode.Accepted, null)).Outcome, null);
                }

                using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
                return (Outcome(settings, body.RootElement.GetProperty("recipients").GetInt32()), body.RootElement.GetProperty("exposureId").GetString());
            }));
        }

        await using (var silo = await BurstSilo.StartAsync(config))
        {
            foreach (var (result, exposureIds) in runs)
            {
                var complete = 0;
                foreach (var exposureId in exposureIds)
                {
                    var queued = await silo.Grains.GetGrain<IExposureGrain>(exposureId).GetProgress();
                    complete += queued.Recipients == settings.Visitors ? 1 : 0;
                }

                result.Verified = complete == settings.Reports;
                result.Verification = $"fresh silo on the same database: {complete} of {settings.Reports} exposures hold {settings.Visitors:N0} queued warnings each";
            }
        }

        return [.. runs.Select(static r => r.Result)];
    }

    /// <summary>Reports <see cref="ExposureFanOutSettings.Reports"/> exposures one after the other, each timed as one
    /// sample; returns the result and the ids of the exposures the target answered with.</summary>
    private static async Task<(ScenarioResult Result, IReadOnlyList<string> ExposureIds)> ReportAllAsync(
        ExposureFanOutSettings settings, string mode, string storage, IReadOnlyList<string> notes, BurstProgress progress,
        Func<Task<(string Outcome, string? ExposureId)>> report)
    {
        var recorder = new LoadRecorder();
        var ids = new List<string>();
        recorder.Start();
        var work = Task.Run(async () =>
        {
            for (var i = 0; i < settings.Reports; i++)
            {
                string? id = null;
                await recorder.MeasureAsync(async () =>
                {
                    (var outcome, id) = await report();
                    return outcome;
                });
                if (id is not null)
                {
                    ids.Add(id);
                }
            }
        });
        await progress.TrackAsync($"exposure fan-out, {mode} (reports)", settings.Reports, () => recorder.Count, work);
        var result = new ScenarioResult
        {
            Scenario = BurstScenarios.ExposureFanOut,
            Mode = mode,
            Storage = storage,
            Parameters = settings.Describe(),
            Samples = recorder.Samples(),
        };
        result.Notes.AddRange(notes);
        return (result, ids);
    }

    /// <summary>Confirmed when the exposure warns every visitor, else how many it warned.</summary>
    private static string Outcome(ExposureFanOutSettings settings, int recipients)
        => recipients == settings.Visitors ? BurstOutcomes.Confirmed : $"recipients_{recipients}";

    private static async Task SeedAsync(IGrainFactory grains, VenueInfo venue, int visitors, BurstProgress progress)
    {
        var entry = grains.GetGrain<ICheckInGrain>(ICheckInGrain.Key);
        var seeded = 0;
        var work = LoadClient.RunAsync(visitors, SeedConcurrency, async i =>
        {
            await entry.CheckIn(venue.Code, $"visitor{i}@exposure.example.jp", CheckInChannel.Web);
            Interlocked.Increment(ref seeded);
        });
        await progress.TrackAsync("exposure fan-out: check-ins at one venue", visitors, () => Volatile.Read(ref seeded), work);
    }

    /// <summary>A health officer of the run's tenant, made through the admin API (API.md: Tenants and staff).</summary>
    private static async Task<string> HealthOfficerTokenAsync(HttpClient client)
    {
        var admin = await BurstHttp.StaffTokenAsync(client, "admin", AdminPassword);
        await PostAsAsync(client, admin, "api/tenants", new { id = Tenant, name = "Burst city" });
        await PostAsAsync(client, admin, $"api/tenants/{Tenant}/staff", new { username = "officer." + Tenant, password = OfficerPassword, role = "health-officer" });
        return await BurstHttp.StaffTokenAsync(client, "officer." + Tenant, OfficerPassword);
    }

    private static async Task PostAsAsync(HttpClient client, string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = BurstHttp.Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST /{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
