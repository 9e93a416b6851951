using Spectre.Console;

namespace CheckIn.Benchmarks.Burst;

/// <summary>A progress bar for a running phase (Spectre.Console), shown only on an interactive console; otherwise a
/// line when the phase ends.</summary>
internal sealed class BurstProgress(bool enabled, TextWriter log)
{
    public static readonly BurstProgress None = new(false, TextWriter.Null);

    public TextWriter Log => log;

    public async Task TrackAsync(string label, int total, Func<int> done, Task work)
    {
        if (enabled && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(label, maxValue: Math.Max(total, 1));
                    while (!work.IsCompleted)
                    {
                        task.Value = Math.Min(done(), total);
                        await Task.WhenAny(work, Task.Delay(200));
                    }

                    task.Value = total;
                });
        }

        await work;
        log.WriteLine($"  {label}: {done():N0} done");
    }
}
