using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CheckIn.Benchmarks.CheckIn;

/// <summary>One report per iteration (each takes about a second and leaves 50,000 queued warnings behind), measured
/// as a single cold call: BenchmarkDotNet's monitoring strategy, no pilot, no unrolling. The job is a mutator: it sets these
/// characteristics on the command line's job (<c>--inProcess</c>) instead of adding a second job, with a
/// longer in-process time limit than the default 5 minutes (the setup checks in thousands of visitors).</summary>
public sealed class ExposureFanOutConfig : ManualConfig
{
    public ExposureFanOutConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).AsMutator());
        AddColumn(new PerSecondColumn("Warnings/s", "Warnings queued durably per second (50,000 / mean time per report)", ExposureFanOutBenchmark.Visitors));
    }
}
