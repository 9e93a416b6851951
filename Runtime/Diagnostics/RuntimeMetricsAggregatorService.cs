using Microsoft.Extensions.Hosting;

namespace CheckIn.Runtime.Diagnostics;

/// <summary>Starts the aggregator with the host; the container disposes it.</summary>
internal sealed class RuntimeMetricsAggregatorService(RuntimeMetricsAggregator aggregator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        aggregator.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
