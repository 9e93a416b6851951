using System.Globalization;
using BenchmarkDotNet.Running;
using CheckIn.Benchmarks.Burst;
using CheckIn.Benchmarks.Faults;
using CheckIn.Benchmarks.GrainCalls;
using CheckIn.Benchmarks.WebFront;

// "burst ..." is the burst-capacity harness (Benchmarks/Burst); "burst-serve" its child servers.
if (args is ["burst" or "burst-serve", ..])
{
    return await BurstCommand.InvokeAsync(args);
}

// "faults ...": PostgreSQL restarted, a silo killed, the web front restarted, each during a booking stampede; the SMTP
// server down during an exposure fan-out (Benchmarks/Faults).
if (args is ["faults", ..])
{
    return await FaultsCommand.InvokeAsync(args);
}

// "calls [--seconds N] [--rounds N] [--callers N]": grain calls/s on Orleans against the Channel mailbox baseline.
if (args is ["calls", ..])
{
    return await GrainCallsCommand.RunAsync(GrainCallsOptions.Parse(args));
}

// "activations [count]" is a one-shot measurement; everything else goes to BenchmarkDotNet.
if (args is ["activations", ..])
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    return await ActivationFootprint.RunAsync(count);
}

// "dashboard-cost [calls/s] [seconds per phase] [rounds]" measures the Orleans dashboard's CPU cost.
if (args is ["dashboard-cost", ..])
{
    var rate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
    var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
    var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
    return await DashboardCost.RunAsync(rate, TimeSpan.FromSeconds(seconds), rounds);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
