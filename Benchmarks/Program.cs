using System.Globalization;
using BenchmarkDotNet.Running;
using CheckIn.Benchmarks.Burst;
using CheckIn.Benchmarks.Cluster;
using CheckIn.Benchmarks.Runtime;
using CheckIn.Benchmarks.WebFront;

// "burst ..." is the burst-capacity harness (Benchmarks/Burst); "burst-serve" its child servers.
if (args is ["burst" or "burst-serve", ..])
{
    return await BurstCommand.InvokeAsync(args);
}

// "activations [count]" is a one-shot measurement; everything else goes to BenchmarkDotNet.
if (args is ["activations", ..])
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    return await ActivationFootprint.RunAsync(count);
}

// "dashboard-cost [calls/s] [seconds per phase] [rounds]" measures the dashboard's CPU cost.
if (args is ["dashboard-cost", ..])
{
    var rate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
    var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
    var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
    return await DashboardCost.RunAsync(rate, TimeSpan.FromSeconds(seconds), rounds);
}

// "cluster [seconds per phase] [concurrency]" measures cross-silo against in-silo calls/s and kill -9 failover.
if (args is ["cluster", ..])
{
    var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
    var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
    return await ClusterBenchmark.RunAsync(TimeSpan.FromSeconds(seconds), concurrency);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
