using System.CommandLine;
using System.Diagnostics;
using CheckIn.Benchmarks.Burst;

namespace CheckIn.Benchmarks.Faults;

/// <summary>The <c>faults</c> command: each chosen booking-side fault injected into its own booking stampede over HTTP,
/// and the SMTP outage into an exposure fan-out, with the figures printed as Markdown (Benchmarks/RESULTS.md, section
/// "Faults"). Exits 2 when a run broke a promise.</summary>
internal static class FaultsCommand
{
    public static Task<int> InvokeAsync(string[] args)
    {
        var faults = new Option<string[]>("--faults") { Description = string.Join(", ", FaultKinds.Names), DefaultValueFactory = _ => [.. FaultKinds.Names], AllowMultipleArgumentsPerToken = true };
        var residents = new Option<int>("--residents", "-R") { Description = "residents (R)", DefaultValueFactory = _ => 5_000 };
        var slots = new Option<int>("--slots", "-S") { Description = "slots (S)", DefaultValueFactory = _ => 20 };
        var capacity = new Option<int>("--capacity", "-C") { Description = "seats per slot (C)", DefaultValueFactory = _ => 200 };
        var attempts = new Option<int>("--attempts", "-k") { Description = "slots a resident tries when refused (k)", DefaultValueFactory = _ => 3 };
        var concurrency = new Option<int>("--concurrency") { Description = "client requests in flight", DefaultValueFactory = _ => 128 };
        var rate = new Option<double>("--rate") { Description = "residents arriving per second", DefaultValueFactory = _ => 250 };
        var after = new Option<int>("--fault-after") { Description = "acknowledged bookings before the fault", DefaultValueFactory = _ => 1_000 };
        var downtime = new Option<double>("--downtime") { Description = "seconds PostgreSQL stays down", DefaultValueFactory = _ => 5 };
        var visitors = new Option<int>("--visitors") { Description = "smtp-outage: visitors warned by the exposure", DefaultValueFactory = _ => 20_000 };
        var mailsBefore = new Option<int>("--mails-before-fault") { Description = "smtp-outage: warnings delivered before the kill", DefaultValueFactory = _ => 2_000 };
        var smtpDowntime = new Option<double>("--smtp-downtime") { Description = "smtp-outage: seconds the SMTP server stays down", DefaultValueFactory = _ => 60 };
        var smtpConnections = new Option<int>("--smtp-connections") { Description = "smtp-outage: Smtp:MaxConnections", DefaultValueFactory = _ => 16 };
        var smtpRate = new Option<int>("--smtp-rate") { Description = "smtp-outage: Smtp:MaxSendsPerSecond", DefaultValueFactory = _ => 1_000 };
        var command = new Command("faults", "Faults under load: PostgreSQL restarted, a silo killed, the web front restarted, each during a booking stampede; the SMTP server down during an exposure fan-out.")
        {
            faults, residents, slots, capacity, attempts, concurrency, rate, after, downtime, visitors, mailsBefore, smtpDowntime, smtpConnections, smtpRate,
        };
        command.SetAction(async (parse, _) =>
        {
            var settings = new FaultSettings(parse.GetValue(residents), parse.GetValue(slots), parse.GetValue(capacity), parse.GetValue(attempts),
                parse.GetValue(concurrency), parse.GetValue(rate), parse.GetValue(after), TimeSpan.FromSeconds(parse.GetValue(downtime)));
            var smtp = new SmtpOutageSettings(parse.GetValue(visitors), parse.GetValue(mailsBefore), TimeSpan.FromSeconds(parse.GetValue(smtpDowntime)),
                parse.GetValue(smtpConnections), parse.GetValue(smtpRate), TimeSpan.FromMinutes(5));
            List<FaultKind> kinds;
            try
            {
                kinds = [.. parse.GetValue(faults)!.Select(FaultKinds.Parse)];
                if (kinds.Exists(static k => k != FaultKind.SmtpOutage))
                {
                    settings.Validate();
                }

                if (kinds.Contains(FaultKind.SmtpOutage))
                {
                    smtp.Validate();
                }
            }
            catch (ArgumentException invalid)
            {
                await Console.Error.WriteLineAsync(invalid.Message);
                return 1;
            }

            var machine = MachineInfo.Current();
            var clock = Stopwatch.StartNew();
            var results = new List<FaultResult>();
            SmtpOutageResult? outage = null;
            foreach (var kind in kinds)
            {
                Console.WriteLine($"== {FaultKinds.Name(kind)}");
                if (kind == FaultKind.SmtpOutage)
                {
                    outage = await SmtpOutageScenario.RunAsync(smtp, Console.Out);
                }
                else
                {
                    results.Add(await FaultScenario.RunAsync(kind, settings, Console.Out));
                }
            }

            var commandLine = "CheckIn.Benchmarks " + string.Join(' ', args);
            if (results.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine(FaultReport.Markdown(commandLine, machine, clock.Elapsed, results));
            }

            if (outage is not null)
            {
                Console.WriteLine();
                Console.WriteLine(FaultReport.Markdown(commandLine, machine, clock.Elapsed, outage));
            }

            return results.TrueForAll(r => r.Correct) && outage?.Correct != false ? 0 : 2;
        });
        return new RootCommand("Faults under load.") { command }.Parse(args).InvokeAsync();
    }
}
