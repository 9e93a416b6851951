using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Messaging;

namespace CheckIn.Silo.Postgres;

/// <summary>
/// Wraps Orleans' ADO.NET gateway list provider so that a client applies the schema before the provider reads
/// <c>OrleansQuery</c>: the client lifecycle starts only after the gateways are found, too late for a participant.
/// A client that starts before any silo then sees an empty gateway list (and retries) instead of failing on
/// missing queries.
/// </summary>
internal sealed class SchemaEnsuringGatewayListProvider(
    IGatewayListProvider inner,
    NpgsqlDataSource dataSource,
    ILogger<SchemaEnsuringGatewayListProvider> logger) : IGatewayListProvider
{
    public TimeSpan MaxStaleness => inner.MaxStaleness;

    // Obsolete in Orleans 10 ("all providers are considered updatable") but still part of the interface.
    public bool IsUpdatable => true;

    public Task InitializeGatewayListProvider() => InitializeGatewayListProviderAsync(CancellationToken.None);

    public async Task InitializeGatewayListProviderAsync(CancellationToken cancellationToken)
    {
        await PostgresSchema.EnsureAppliedAsync(dataSource, logger, cancellationToken).ConfigureAwait(false);
        await inner.InitializeGatewayListProviderAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<IList<Uri>> GetGateways() => inner.GetGatewaysAsync(CancellationToken.None);

    public Task<IList<Uri>> GetGatewaysAsync(CancellationToken cancellationToken) => inner.GetGatewaysAsync(cancellationToken);
}
