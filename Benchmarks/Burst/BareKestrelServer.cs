using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The HTTP ceiling of the machine: Kestrel answering a trivial JSON POST (the reservation's body, read and
/// answered as JSON by a minimal API), run as <c>burst-serve kestrel</c> and measured with the same client as the web
/// front.</summary>
internal static class BareKestrelServer
{
    public static async Task<int> RunAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok());
        app.MapPost("/echo", (EchoRequest request) => TypedResults.Ok(new EchoAnswer(request.SlotId)));
        await app.RunAsync();
        return 0;
    }

    public static async Task<ScenarioResult> MeasureAsync(TimeSpan duration, int concurrency, BurstProgress progress)
    {
        var recorder = new LoadRecorder();
        string cpuShare;
        await using (var server = await ServerProcess.StartAsync("CheckIn.Benchmarks", ["burst-serve", "kestrel"], new Dictionary<string, string?>(), "/healthz"))
        {
            using var client = BurstHttp.CreateClient(server.BaseAddress, concurrency);

            await BurstHttp.WarmUpAsync(client, concurrency);
            recorder.Start();
            var cpu = new CpuShareMeter(server.ProcessId);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var run = LoadClient.RunForAsync(duration, concurrency, () => recorder.MeasureAsync(async () =>
            {
                using var response = await client.PostAsync("echo", BurstHttp.Json(new EchoRequest("slot-0001")));
                return response.StatusCode == HttpStatusCode.OK ? BurstOutcomes.Confirmed : $"http_{(int)response.StatusCode}";
            }));
            await progress.TrackAsync("bare Kestrel (seconds)", (int)duration.TotalSeconds, () => (int)clock.Elapsed.TotalSeconds, run);
            cpuShare = cpu.Describe("the run", "Kestrel", recorder.Count);
        }

        var result = new ScenarioResult
        {
            Scenario = BurstScenarios.BareKestrel,
            Mode = BurstScenarios.Http,
            Storage = "none",
            Parameters = $"POST /echo (JSON in, JSON out) → 200, {duration.TotalSeconds:0} s, client concurrency {concurrency}",
            Samples = recorder.Samples(),
        };
        result.Notes.Add(cpuShare);
        return result;
    }

    internal sealed record EchoRequest(string SlotId);

    internal sealed record EchoAnswer(string SlotId);
}
