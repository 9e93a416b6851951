using System.CommandLine;
using System.Diagnostics;
using CheckIn.Benchmarks.Burst;

namespace CheckIn.Benchmarks.Faults;

/// <summary>The <c>faults</c> command: each chosen fault injected into its own booking stampede over HTTP, with the
/// figures printed as Markdown (Benchmarks/RESULTS.md, section "Faults"). Exits 2 when a run broke a promise.</summary>
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
        var command = new Command("faults", "Faults under load: PostgreSQL restarted, a silo killed, the web front restarted, each during a booking stampede.")
        {
            faults, residents, slots, capacity, attempts, concurrency, rate, after, downtime,
        };
        command.SetAction(async (parse, _) =>
        {
            var settings = new FaultSettings(parse.GetValue(residents), parse.GetValue(slots), parse.GetValue(capacity), parse.GetValue(attempts),
                parse.GetValue(concurrency), parse.GetValue(rate), parse.GetValue(after), TimeSpan.FromSeconds(parse.GetValue(downtime)));
            List<FaultKind> kinds;
            try
            {
                settings.Validate();
                kinds = [.. parse.GetValue(faults)!.Select(FaultKinds.Parse)];
            }
            catch (ArgumentException invalid)
            {
                await Console.Error.WriteLineAsync(invalid.Message);
                return 1;
            }

            var machine = MachineInfo.Current();
            var clock = Stopwatch.StartNew();
            var results = new List<FaultResult>();
            foreach (var kind in kinds)
            {
                Console.WriteLine($"== {FaultKinds.Name(kind)}");
                results.Add(await FaultScenario.RunAsync(kind, settings, Console.Out));
            }

            Console.WriteLine();
            Console.WriteLine(FaultReport.Markdown("CheckIn.Benchmarks " + string.Join(' ', args), machine, clock.Elapsed, results));
            return results.TrueForAll(r => r.Correct) ? 0 : 2;
        });
        return new RootCommand("Faults under load.") { command }.Parse(args).InvokeAsync();
    }
}
