namespace CheckIn.WebFront.Operations;

/// <summary>Starts <see cref="OperationsMetrics"/> with the host; the container disposes it.</summary>
internal sealed class OperationsMetricsService(OperationsMetrics metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
