using BenchmarkDotNet.Attributes;
using CheckIn.Runtime.Testing;

namespace CheckIn.Benchmarks.Runtime;

/// <summary>Local grain calls per second against the Channel-mailbox baseline doing the same work, in the
/// same run: 1 hot actor, and 100,000 actors called round robin. Each invocation makes
/// <see cref="CallsPerInvoke"/> calls from <see cref="Callers"/> concurrent callers, each awaiting its
/// call before the next, so both sides see the same offered load.</summary>
[MemoryDiagnoser]
public class GrainCallBenchmark
{
    public const int CallsPerInvoke = 200_000;
    private const int Callers = 64;

    private TestSilo _silo = null!;
    private ICalculatorGrain[] _grains = [];
    private ChannelActor[] _actors = [];

    [Params(1, 100_000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = await TestSilo.StartAsync(o => o.GrainAssemblies.Add(typeof(GrainCallBenchmark).Assembly));
        _grains = Enumerable.Range(0, Actors).Select(i => _silo.GrainFactory.GetGrain<ICalculatorGrain>(i)).ToArray();
        _actors = Enumerable.Range(0, Actors).Select(_ => new ChannelActor()).ToArray();

        // Activate everything first: this measures calls, not activations.
        await Task.WhenAll(_grains.Select(g => g.Add(0)));
        await Task.WhenAll(_actors.Select(a => a.Add(0)));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        foreach (var actor in _actors)
        {
            actor.Stop();
        }

        await _silo.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CallsPerInvoke)]
    public Task ChannelMailbox() => RunCallers(static (bench, i) => bench._actors[i % bench._actors.Length].Add(1));

    [Benchmark(OperationsPerInvoke = CallsPerInvoke)]
    public Task GrainCall() => RunCallers(static (bench, i) => bench._grains[i % bench._grains.Length].Add(1));

    private Task RunCallers(Func<GrainCallBenchmark, int, Task<long>> call)
    {
        var callers = new Task[Callers];
        for (var c = 0; c < Callers; c++)
        {
            var first = c;
            callers[c] = Task.Run(async () =>
            {
                for (var i = first; i < CallsPerInvoke; i += Callers)
                {
                    await call(this, i).ConfigureAwait(false);
                }
            });
        }

        return Task.WhenAll(callers);
    }
}
