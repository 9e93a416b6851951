using System.Diagnostics;
using System.Net;
using CheckIn.Benchmarks.CheckIn;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Testing;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The check-in storm against the engine, in-process (the check-in grain) or over HTTP (<c>POST
/// /api/checkins</c> on the web front as a child process); then, on a fresh silo on the same database, every
/// venue's visits are read back and compared with the confirmed check-ins, and an exposure is reported for the
/// busiest venue: its recipients and the warning mails queued in the outboxes. Mail delivery is off (the silo's
/// <c>Smtp:Enabled=false</c>), so the outbox is measured without sending.</summary>
internal static class CheckInStormScenario
{
    private const string Tenant = "burst";

    public static Task<ScenarioResult> RunInProcessAsync(CheckInStormSettings settings, BenchmarkStorage storage, PostgresTestServer? postgres, BurstProgress progress)
        => RunAsync(settings, storage, postgres, progress, http: false);

    public static Task<ScenarioResult> RunHttpAsync(CheckInStormSettings settings, BenchmarkStorage storage, PostgresTestServer? postgres, BurstProgress progress)
        => RunAsync(settings, storage, postgres, progress, http: true);

    private static async Task<ScenarioResult> RunAsync(CheckInStormSettings settings, BenchmarkStorage storage, PostgresTestServer? postgres, BurstProgress progress, bool http)
    {
        settings.Validate();
        await using var database = await BurstDatabase.CreateAsync(storage, postgres, http ? "storm_http" : "storm");
        var config = BurstSettings.Create(database.Settings);
        await using var smtp = settings.SmtpSink ? await SmtpTestServer.StartAsync() : null;
        if (smtp is not null)
        {
            config["Smtp:Enabled"] = "true";
            config["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var notes = new List<string>();
        var windowStart = DateTimeOffset.UtcNow.AddMinutes(-1);
        var confirmedPerVenue = new int[settings.Venues];
        IReadOnlyList<VenueInfo> venues;
        IReadOnlyList<OperationSample> samples;
        await using (var silo = await BurstSilo.StartAsync(config))
        {
            var clock = Stopwatch.StartNew();
            venues = await RegisterVenuesAsync(silo.Grains, settings.Venues);
            notes.Add(StampedeScenario.Rate("venues registered", venues.Count, clock.Elapsed));
            if (!http)
            {
                var entry = silo.Grains.GetGrain<ICheckInGrain>(ICheckInGrain.Key);
                using var commits = new StorageCommitMeter();
                var cpu = new CpuShareMeter();
                samples = await StormAsync(settings, venues, confirmedPerVenue, progress, async (venue, email) =>
                    (await entry.CheckIn(venue.Code, email, CheckInChannel.Web)).IsNew ? BurstOutcomes.Confirmed : BurstOutcomes.Duplicate);
                notes.Add(cpu.Describe("the storm", "silo", samples.Count));
                notes.Add(commits.Describe("the storm"));
            }
            else
            {
                samples = [];
            }
        }

        if (http)
        {
            await using var web = await WebFrontServer.StartAsync(config);
            using var client = BurstHttp.CreateClient(web.BaseAddress, settings.Concurrency);
            await BurstHttp.WarmUpAsync(client, settings.Concurrency);
            var cpu = new CpuShareMeter(web.ProcessId);
            samples = await StormAsync(settings, venues, confirmedPerVenue, progress, async (venue, email) =>
            {
                using var response = await client.PostAsync("api/checkins", BurstHttp.Json(new { code = venue.Code, email }));
                return response.StatusCode switch
                {
                    HttpStatusCode.Created => BurstOutcomes.Confirmed,
                    HttpStatusCode.OK => BurstOutcomes.Duplicate,
                    _ => await BurstHttp.ProblemCodeAsync(response),
                };
            });
            notes.Add(cpu.Describe("the storm", "web front", samples.Count));
        }

        var result = new ScenarioResult
        {
            Scenario = BurstScenarios.CheckInStorm,
            Mode = http ? BurstScenarios.Http : BurstScenarios.InProcess,
            Storage = database.Name,
            Parameters = settings.Describe(),
            Paced = settings.Rate > 0,
            Samples = samples,
        };
        result.Notes.AddRange(notes);
        await using (var silo = await BurstSilo.StartAsync(config))
        {
            var windowEnd = DateTimeOffset.UtcNow.AddMinutes(1);
            await VerifyAsync(silo.Grains, venues, confirmedPerVenue, windowStart, windowEnd, result);
            await ReportExposureAsync(silo.Grains, venues, confirmedPerVenue, windowStart, windowEnd, smtp, result);
        }

        return result;
    }

    private static async Task<IReadOnlyList<VenueInfo>> RegisterVenuesAsync(IGrainFactory grains, int count)
    {
        var directory = grains.GetGrain<IVenueDirectoryGrain>(Tenant);
        var venues = new VenueInfo[count];
        for (var i = 0; i < count; i++)
        {
            venues[i] = await directory.Register(new VenueRegistration($"Burst venue {i + 1}", "restaurant", $"{i + 1}-1 Burst-cho, Osaka", "burst-operator"));
        }

        return venues;
    }

    private static async Task<IReadOnlyList<OperationSample>> StormAsync(CheckInStormSettings settings, IReadOnlyList<VenueInfo> venues, int[] confirmedPerVenue, BurstProgress progress, Func<VenueInfo, string, Task<string>> checkIn)
    {
        // The stream is drawn up front so that both modes send exactly the same check-ins.
        var zipf = new ZipfSampler(venues.Count, settings.ZipfExponent);
        var random = new Random(settings.Seed);
        var stream = Enumerable.Range(0, settings.CheckIns).Select(_ => zipf.Next(random)).ToArray();
        var recorder = new LoadRecorder();
        recorder.Start();
        var run = LoadClient.RunPacedAsync(stream.Length, settings.Rate, settings.Concurrency, async i =>
        {
            var venue = stream[i];
            var outcome = await recorder.MeasureAsync(() => checkIn(venues[venue], $"visitor{i}@storm.example.jp"));
            if (outcome == BurstOutcomes.Confirmed)
            {
                Interlocked.Increment(ref confirmedPerVenue[venue]);
            }
        });
        await progress.TrackAsync("check-in storm (requests)", stream.Length, () => recorder.Count, run);
        return recorder.Samples();
    }

    private static async Task VerifyAsync(IGrainFactory grains, IReadOnlyList<VenueInfo> venues, int[] confirmedPerVenue, DateTimeOffset from, DateTimeOffset to, ScenarioResult result)
    {
        var missing = 0;
        var extra = 0;
        var doubles = 0;
        var stored = 0;
        await LoadClient.RunAsync(venues.Count, 16, async i =>
        {
            var visits = await grains.GetGrain<IVenueGrain>(venues[i].VenueId).GetVisits(from, to);
            Interlocked.Add(ref stored, visits.Count);
            Interlocked.Add(ref doubles, visits.Count - visits.Select(v => v.Visitor).Distinct(StringComparer.Ordinal).Count());
            var difference = visits.Count - confirmedPerVenue[i];
            Interlocked.Add(ref missing, Math.Max(0, -difference));
            Interlocked.Add(ref extra, Math.Max(0, difference));
        });

        var confirmed = confirmedPerVenue.Sum();
        result.DoubleBookings = doubles;
        result.Overbookings = 0;
        result.Verified = missing == 0 && extra == 0 && doubles == 0;
        result.Verification = $"fresh silo on the same database: {stored:N0} visits stored over {venues.Count:N0} venues, {confirmed:N0} check-ins confirmed to the client; "
            + $"missing {missing}, extra {extra}, visitors stored twice {doubles}";
    }

    private static async Task ReportExposureAsync(IGrainFactory grains, IReadOnlyList<VenueInfo> venues, int[] confirmedPerVenue, DateTimeOffset from, DateTimeOffset to, SmtpTestServer? smtp, ScenarioResult result)
    {
        var busiest = Array.IndexOf(confirmedPerVenue, confirmedPerVenue.Max());
        var clock = Stopwatch.StartNew();
        var receipt = await grains.GetGrain<IVenueGrain>(venues[busiest].VenueId).ReportExposure(from, to, "burst harness");
        var elapsed = clock.Elapsed;
        var exposure = grains.GetGrain<IExposureGrain>(receipt.ExposureId);
        var progress = await exposure.GetProgress();
        var agrees = receipt.Recipients == confirmedPerVenue[busiest] && progress.Recipients == receipt.Recipients;
        result.Notes.Add($"exposure on the busiest venue ({confirmedPerVenue[busiest]:N0} confirmed check-ins): {receipt.Recipients:N0} recipients selected and their warning mails "
            + $"queued durably in {elapsed.TotalMilliseconds:N0} ms; outboxes hold {progress.Recipients:N0} mails{(agrees ? string.Empty : " — DISAGREES with the confirmed check-ins")}");
        if (smtp is null)
        {
            result.Notes.Add($"mail delivery off: the outboxes were measured without sending ({progress.Sent:N0} sent, {progress.Pending:N0} pending)");
        }
        else
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
            while (progress.Sent + progress.Failed < progress.Recipients && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
                progress = await exposure.GetProgress();
            }

            var delivering = clock.Elapsed;
            var delivered = smtp.DeliveredCount;
            agrees = agrees && progress.Sent == receipt.Recipients && delivered == receipt.Recipients;
            result.Notes.Add($"warning mails delivered to the local SMTP sink (aiosmtpd): {progress.Sent:N0} sent, {progress.Failed:N0} failed, {delivered:N0} in the Maildir, "
                + $"{delivering.TotalSeconds:0.0} s after the report ({progress.Sent / Math.Max(delivering.TotalSeconds, 0.001):N0} mails/s)");
        }

        result.Verified = result.Verified == true && agrees;
    }
}
