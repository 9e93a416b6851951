using CheckIn.Runtime.Invocation;
using CheckIn.Runtime.Membership;
using CheckIn.Runtime.Networking;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Client;

/// <summary>The grain reference runtime of a process without a silo: reads the membership table (its gateway
/// list) every refresh period, and sends each call straight to the silo that owns the grain under the
/// consistent hash ring of the active silos. A silo that no longer owns the grain forwards the call, so a
/// client a refresh behind is still right, one hop later.</summary>
internal sealed partial class ClusterClientRuntime(IOptions<ClusterClientOptions> options, TimeProvider time, ILogger<ClusterClientRuntime> logger)
    : GrainReferenceRuntime, IHostedService, IClusterMembership, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private PostgresMembershipTable? _table;
    private ConnectionManager? _connections;
    private ClusterView? _view;
    private Task? _refreshLoop;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        _table = new PostgresMembershipTable(o.ConnectionString!, o.ClusterId);
        _connections = new ConnectionManager($"client:{Guid.NewGuid():N}", localSilo: null, handler: null, o.ConnectTimeout, time, logger);
        _connections.StartCallExpiry(o.CallTimeout);
        await _table.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        var deadline = time.GetTimestamp() + (long)(o.StartTimeout.TotalSeconds * time.TimestampFrequency);
        while (_view!.Snapshot.ActiveSilos.Count == 0 && time.GetTimestamp() < deadline)
        {
            // Silos may still be starting: the web front's own start calls grains (the administrator bootstrap).
            await Task.Delay(o.RefreshPeriod, time, cancellationToken).ConfigureAwait(false);
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        LogConnected(logger, o.ClusterId, _view?.Snapshot.ActiveSilos.Count ?? 0);
        _refreshLoop = RefreshLoopAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async Task<MembershipSnapshot> ReadAsync(CancellationToken cancellationToken)
        => await (_table ?? throw new InvalidOperationException("The cluster client has not started.")).ReadAsync(null, 0, cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        if (_refreshLoop is not null)
        {
            await _refreshLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (_connections is not null)
        {
            await _connections.DisposeAsync().ConfigureAwait(false);
        }

        if (_table is not null)
        {
            await _table.DisposeAsync().ConfigureAwait(false);
        }
    }

    internal override void Send(GrainReference target, IInvokable request)
    {
        request.SentTimestamp = time.GetTimestamp();
        var owner = Volatile.Read(ref _view)?.Ring.Owner(target.GrainId);
        if (owner is null || _connections is null)
        {
            request.Fail(new SiloUnavailableException("No silo of the cluster is active."));
            return;
        }

        _connections.Send(owner, target.GrainId, request);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var snapshot = await _table!.ReadAsync(null, 0, cancellationToken).ConfigureAwait(false);
        var previous = _view;
        Volatile.Write(ref _view, new ClusterView(snapshot, self: null, TimeSpan.Zero));
        if (previous?.Version != snapshot.Version)
        {
            foreach (var entry in snapshot.Entries.Where(static e => e.Status is SiloStatus.Dead or SiloStatus.Left))
            {
                _connections!.MarkGone(entry.Silo);
            }
        }
    }

    private async Task RefreshLoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.RefreshPeriod, time, token).ConfigureAwait(false);
                await RefreshAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException or IOException)
            {
                LogRefreshFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(EventId = 540, Level = LogLevel.Information, Message = "Cluster client connected to cluster {ClusterId} with {ActiveCount} active silos")]
    private static partial void LogConnected(ILogger logger, string clusterId, int activeCount);

    [LoggerMessage(EventId = 541, Level = LogLevel.Warning, Message = "Cluster client could not read the membership table")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
