using System.Diagnostics;
using System.Globalization;
using CheckIn.Benchmarks.CheckIn;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Benchmarks.GrainCalls;

/// <summary>Grain calls per second on Orleans against a bare <see cref="ChannelActor"/> mailbox doing the same
/// request/response work, in the same run: in one silo through the silo's own <see cref="IGrainFactory"/> (as the
/// web front's co-hosted silo calls) to 1, 1,000 and 100,000 grains; from silo A of a two-silo cluster to as many
/// grains placed on silo B; and through an external cluster client (gateway). Every row has
/// <see cref="GrainCallsOptions.Callers"/> concurrent callers, each awaiting its call before the next, and the rows
/// alternate over several rounds so that drift on a shared machine hits all alike; the table shows the median.
/// Run: <c>dotnet run -c Release --project Benchmarks -- calls [--seconds 5] [--rounds 3] [--callers 1000]</c>.</summary>
public static class GrainCallsCommand
{
    private static readonly int[] s_targets = [1, 1_000, 100_000];
    private const int ClientGrains = 1_000;

    public static async Task<int> RunAsync(GrainCallsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Callers:N0} concurrent callers, {options.Phase.TotalSeconds:0.#} s per phase, median of {options.Rounds} rounds"));

        var rows = new List<Row>();
        foreach (var count in s_targets)
        {
            var actors = Enumerable.Range(0, count).Select(_ => new ChannelActor()).ToArray();
            await Task.WhenAll(actors.Select(static a => a.Add(0)));
            rows.Add(new Row($"Channel mailbox, {count:N0} actor(s)", Baseline: null, (i, _) => actors[(int)((uint)i % (uint)actors.Length)].Add(1), () =>
            {
                foreach (var actor in actors)
                {
                    actor.Stop();
                }
            }));
        }

        Console.Error.WriteLine("starting a one-silo cluster");
        await using var single = await TestSilo.StartAsync(ConfigureBenchmarkSilo);
        foreach (var count in s_targets)
        {
            Console.Error.WriteLine($"activating {count:N0} grain(s)");
            var grains = await ActivateAsync(single.GrainFactory, count, offset: count);
            rows.Add(new Row($"Orleans in-silo, {count:N0} grain(s)", $"Channel mailbox, {count:N0} actor(s)", (i, _) => grains[(int)((uint)i % (uint)grains.Length)].Add(1), null));
        }

        Console.Error.WriteLine("starting a two-silo cluster");
        await using var pair = await TestSilo.StartAsync(o =>
        {
            ConfigureBenchmarkSilo(o);
            o.Silos = 2;
        });
        var siloA = pair.Cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainFactory>();
        var siloB = pair.Cluster.Silos[1].ServiceProvider.GetRequiredService<IGrainFactory>();

        // Activated by calls from silo B (prefer-local placement), then called from silo A: every call crosses silos.
        var whereA = await siloA.GetGrain<ICalculatorGrain>(-1).Where();
        foreach (var count in s_targets)
        {
            Console.Error.WriteLine($"activating {count:N0} grain(s) on silo B");
            var onB = await ActivateAsync(siloB, count, offset: 1_000_000 + count);
            var local = (await Task.WhenAll(onB.Take(100).Select(static g => g.Where()))).Count(w => w == whereA);
            if (local > 0)
            {
                throw new InvalidOperationException($"{local} of {Math.Min(count, 100)} cross-silo grains were placed on the calling silo.");
            }

            var remote = onB.Select(g => siloA.GetGrain<ICalculatorGrain>(g.GetPrimaryKeyLong())).ToArray();
            rows.Add(new Row($"Orleans cross-silo (A → B), {count:N0} grain(s)", $"Channel mailbox, {count:N0} actor(s)", (i, _) => remote[(int)((uint)i % (uint)remote.Length)].Add(1), null));
        }

        Console.Error.WriteLine("activating grains through the cluster client");
        var client = pair.Cluster.Client;
        var viaClient = await ActivateAsync(client, ClientGrains, offset: 2_000_000);
        rows.Add(new Row($"Orleans cluster client (gateway), {ClientGrains:N0} grains", $"Channel mailbox, {ClientGrains:N0} actor(s)", (i, _) => viaClient[(int)((uint)i % (uint)viaClient.Length)].Add(1), null));

        Console.Error.WriteLine("warming up");
        // Warm every row (JIT, tiering, connections) before measuring.
        foreach (var row in rows)
        {
            var rate = await CallsPerSecondAsync(row, options.Callers, TimeSpan.FromSeconds(1));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Name}: {rate:N0} calls/s"));
        }

        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var row in rows)
            {
                row.Rates.Add(await CallsPerSecondAsync(row, options.Callers, options.Phase));
            }

            Console.Error.WriteLine($"round {round + 1} of {options.Rounds} done");
        }

        PrintTable(rows);
        foreach (var row in rows)
        {
            row.Stop?.Invoke();
        }

        return 0;
    }

    private static void ConfigureBenchmarkSilo(TestSiloOptions options)
    {
        options.Storage = TestStorage.Memory;
        foreach (var (key, value) in CheckInBenchmarkHost.DefaultSettings())
        {
            options.Settings[key] = value;
        }

        // The client row goes through the gateway, where load shedding would refuse calls on a saturated 2-core machine.
        options.Settings["Silo:LoadShedding"] = "false";
    }

    private static async Task<ICalculatorGrain[]> ActivateAsync(IGrainFactory factory, int count, long offset)
    {
        var grains = Enumerable.Range(0, count).Select(i => factory.GetGrain<ICalculatorGrain>(offset + i)).ToArray();
        foreach (var chunk in grains.Chunk(10_000))
        {
            await Task.WhenAll(chunk.Select(static g => g.Add(0)));
        }

        return grains;
    }

    private static async Task<double> CallsPerSecondAsync(Row row, int callers, TimeSpan phase)
    {
        long calls = 0;
        long deadline = 0;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Each caller reads the clock itself: a CancelAfter timer's callback is queued to the thread pool's global
        // queue, which callers whose calls complete on local queues can starve for minutes (it hung this way).
        var loops = Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            await start.Task.ConfigureAwait(false);
            var end = Volatile.Read(ref deadline);
            var n = 0L;
            for (var i = c; Stopwatch.GetTimestamp() < end; i += callers)
            {
                await row.Call(i, c).ConfigureAwait(false);
                n++;
            }

            Interlocked.Add(ref calls, n);
        })).ToArray();
        var clock = Stopwatch.StartNew();
        Volatile.Write(ref deadline, Stopwatch.GetTimestamp() + (long)(phase.TotalSeconds * Stopwatch.Frequency));
        start.SetResult();
        await Task.WhenAll(loops).ConfigureAwait(false);
        return calls / clock.Elapsed.TotalSeconds;
    }

    private static void PrintTable(List<Row> rows)
    {
        var medians = rows.ToDictionary(static r => r.Name, static r => Median(r.Rates));
        Console.WriteLine();
        Console.WriteLine($"| {"target",-46} | {"calls/s",11} | {"vs baseline",11} | {"rounds (calls/s)",-32} |");
        Console.WriteLine($"|{new string('-', 48)}|{new string('-', 12)}:|{new string('-', 12)}:|{new string('-', 34)}|");
        foreach (var row in rows)
        {
            var ratio = row.Baseline is { } baseline ? (medians[row.Name] / medians[baseline]).ToString("0.00x", CultureInfo.InvariantCulture) : "baseline";
            var rounds = string.Join(", ", row.Rates.Select(static r => r.ToString("N0", CultureInfo.InvariantCulture)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Name,-46} | {medians[row.Name],11:N0} | {ratio,11} | {rounds,-32} |"));
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>One line of the table: how a caller makes call number i, and the row it is compared with.</summary>
    private sealed record Row(string Name, string? Baseline, Func<int, int, Task<long>> Call, Action? Stop)
    {
        public List<double> Rates { get; } = [];
    }
}
