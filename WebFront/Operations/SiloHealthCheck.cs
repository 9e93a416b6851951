using CheckIn.Grains.Interfaces.Tenants;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CheckIn.WebFront.Operations;

/// <summary>Healthy once the silo serves calls: a read-only call to a grain answers.</summary>
internal sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<ITenantGrain>("healthz").GetAsync().WaitAsync(s_timeout, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is TimeoutException or OrleansException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The silo does not serve calls.", exception);
        }
    }
}
