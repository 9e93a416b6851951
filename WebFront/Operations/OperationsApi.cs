using CheckIn.WebFront.Auth;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CheckIn.WebFront.Operations;

/// <summary>Operations: <c>/healthz</c>, <c>/openapi/v1.json</c>, <c>GET /api/cluster</c>.</summary>
public static class OperationsApi
{
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz").DisableRateLimiting();
        app.MapOpenApi();
        var api = app.MapGroup("/api").WithTags("Operations");
        api.MapGet("/cluster", GetCluster)
            .RequireAuthorization(StaffPolicies.Admin)
            .RequireRateLimiting(RateLimitPolicies.PerAccount)
            .WithName("GetCluster")
            .WithSummary("Silos with status, activations per grain type, calls/s, latency percentiles, rejected calls, storage commits");
        return app;
    }

    internal static async Task<Ok<ClusterResponse>> GetCluster(IClusterSilos cluster, CancellationToken cancellationToken)
        => TypedResults.Ok(await cluster.ReadAsync(cancellationToken));
}
