using System.CommandLine;
using CheckIn.Benchmarks.CheckIn;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The command line of the harness: <c>burst</c> runs scenarios and writes the report; <c>burst-serve</c>
/// is what the harness starts as its child servers (the baseline and bare Kestrel).</summary>
internal static class BurstCommand
{
    public static Task<int> InvokeAsync(string[] args)
    {
        var root = new RootCommand("One-shot measurements of the CheckIn engine.") { Burst(args), Serve() };
        return root.Parse(args).InvokeAsync();
    }

    private static Command Burst(string[] args)
    {
        var scenarios = new Option<string[]>("--scenarios") { Description = "stampede, storm, exposure, baseline, kestrel", DefaultValueFactory = _ => [BurstOptions.StampedeName, BurstOptions.StormName, BurstOptions.ExposureName, BurstOptions.Baseline, BurstOptions.Kestrel], AllowMultipleArgumentsPerToken = true };
        var modes = new Option<string[]>("--modes") { Description = "inprocess, http", DefaultValueFactory = _ => [BurstOptions.InProcess, BurstOptions.Http], AllowMultipleArgumentsPerToken = true };
        var storages = new Option<BenchmarkStorage[]>("--storage") { Description = "Sqlite, Postgres", DefaultValueFactory = _ => [BenchmarkStorage.Sqlite, BenchmarkStorage.Postgres], AllowMultipleArgumentsPerToken = true };
        var residents = new Option<int>("--residents", "-R") { Description = "stampede: residents (R)", DefaultValueFactory = _ => 20_000 };
        var slots = new Option<int>("--slots", "-S") { Description = "stampede: slots (S)", DefaultValueFactory = _ => 2_000 };
        var capacity = new Option<int>("--capacity", "-C") { Description = "stampede: seats per slot (C)", DefaultValueFactory = _ => 5 };
        var attempts = new Option<int>("--attempts", "-k") { Description = "stampede: slots a resident tries when refused (k)", DefaultValueFactory = _ => 3 };
        var concurrency = new Option<int>("--concurrency") { Description = "client requests in flight", DefaultValueFactory = _ => 128 };
        var venues = new Option<int>("--venues", "-V") { Description = "storm: venues (V)", DefaultValueFactory = _ => 1_000 };
        var checkIns = new Option<int>("--checkins") { Description = "storm: check-ins", DefaultValueFactory = _ => 50_000 };
        var rate = new Option<double>("--rate") { Description = "storm: target check-ins per second (0 = as fast as answered)", DefaultValueFactory = _ => 0 };
        var zipf = new Option<double>("--zipf") { Description = "storm: Zipf exponent of the venue popularity", DefaultValueFactory = _ => 1.0 };
        var smtpSink = new Option<bool>("--smtp-sink") { Description = "storm: deliver the warning mails to a local SMTP server (aiosmtpd) instead of measuring the outbox without sending" };
        var exposureVisitors = new Option<int>("--exposure-visitors") { Description = "exposure: visitors of the venue, each warned per report", DefaultValueFactory = _ => 50_000 };
        var exposureReports = new Option<int>("--exposure-reports") { Description = "exposure: reports per mode (each a new window)", DefaultValueFactory = _ => 5 };
        var kestrelSeconds = new Option<int>("--kestrel-seconds") { Description = "bare Kestrel: seconds measured", DefaultValueFactory = _ => 10 };
        var output = new Option<string>("--out") { Description = "report directory", DefaultValueFactory = _ => Path.Combine("Benchmarks", "burst-report") };
        var quiet = new Option<bool>("--no-progress") { Description = "no progress bar" };
        var command = new Command("burst", "Burst capacity: opening-day stampede, check-in storm and exposure fan-out against the database-per-request baseline, with a report.")
        {
            scenarios, modes, storages, residents, slots, capacity, attempts, concurrency, venues, checkIns, rate, zipf, smtpSink, exposureVisitors, exposureReports, kestrelSeconds, output, quiet,
        };
        command.SetAction(async (parse, _) =>
        {
            var options = new BurstOptions
            {
                Scenarios = parse.GetValue(scenarios)!,
                Modes = parse.GetValue(modes)!,
                Storages = parse.GetValue(storages)!,
                Stampede = new StampedeSettings(parse.GetValue(residents), parse.GetValue(slots), parse.GetValue(capacity), parse.GetValue(attempts), parse.GetValue(concurrency)),
                Storm = new CheckInStormSettings(parse.GetValue(venues), parse.GetValue(checkIns), parse.GetValue(rate), parse.GetValue(zipf), parse.GetValue(concurrency), parse.GetValue(smtpSink)),
                Exposure = new ExposureFanOutSettings(parse.GetValue(exposureVisitors), parse.GetValue(exposureReports)),
                KestrelDuration = TimeSpan.FromSeconds(parse.GetValue(kestrelSeconds)),
                OutputDirectory = parse.GetValue(output)!,
                CommandLine = "CheckIn.Benchmarks " + string.Join(' ', args),
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException invalid)
            {
                await Console.Error.WriteLineAsync(invalid.Message);
                return 1;
            }

            var report = await BurstRunner.RunAsync(options, new BurstProgress(!parse.GetValue(quiet), Console.Out));
            var (markdown, html) = await BurstReport.WriteAsync(report, options.OutputDirectory);
            Console.WriteLine();
            Console.WriteLine(BurstReport.Markdown(report));
            Console.WriteLine($"Report: {markdown} and {html}");
            return report.Correct ? 0 : 2;
        });
        return command;
    }

    private static Command Serve()
    {
        var server = new Argument<string>("server") { Description = "baseline or kestrel" };
        var connection = new Option<string>("--connection") { Description = "baseline: the PostgreSQL connection string" };
        var command = new Command("burst-serve", "A child server of the burst harness (listens on ASPNETCORE_URLS).") { server, connection };
        command.Hidden = true;
        command.SetAction((parse, _) => parse.GetValue(server) switch
        {
            "baseline" => BaselineServer.RunAsync(parse.GetValue(connection) ?? throw new InvalidOperationException("--connection is required.")),
            "kestrel" => BareKestrelServer.RunAsync(),
            var other => throw new InvalidOperationException($"Unknown server '{other}'."),
        });
        return command;
    }
}
