using Microsoft.Extensions.Hosting;

namespace CheckIn.Benchmarks.CheckIn;

/// <summary>A host lifetime that leaves SIGTERM and Ctrl+C to the process: the benchmark's silo host must not keep a
/// stopped benchmark run alive (the console lifetime would wait for a Main that never asks it).</summary>
internal sealed class NoSignalLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
