using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CheckIn.Benchmarks.CheckIn;

/// <summary>Each invocation sends a few thousand real mails: measured once per iteration. The job is a mutator: it sets these
/// characteristics on the command line's job (<c>--inProcess</c>) instead of adding a second job, with a
/// longer in-process time limit than the default 5 minutes (the setup checks in thousands of visitors).</summary>
public sealed class WarningMailConfig : ManualConfig
{
    public WarningMailConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).AsMutator());
        AddColumn(new PerSecondColumn("Mails/s", "Messages accepted by the SMTP server per second (mails per invocation / mean time)", WarningMailRateBenchmark.Mails));
    }
}
