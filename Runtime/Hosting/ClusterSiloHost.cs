using System.Net;
using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Membership;
using CheckIn.Runtime.Messaging;
using CheckIn.Runtime.Networking;
using CheckIn.Runtime.Placement;
using CheckIn.Runtime.Reminders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Hosting;

/// <summary>Makes the silo a cluster member, after <see cref="SiloHost"/> has started it: opens the TCP
/// listener, joins the membership table, and puts the <see cref="ClusterRouter"/> in front of the catalog.
/// Stopping leaves gracefully: the silo announces that it is shutting down (it owns nothing from then on),
/// deactivates its grains (their state written), waits for forwarded calls, and marks itself left. A silo
/// that reads that it was declared dead stops its host.</summary>
internal sealed partial class ClusterSiloHost(
    IOptions<ClusterOptions> options,
    IOptions<SiloOptions> siloOptions,
    GrainDispatcher dispatcher,
    Catalog catalog,
    GrainClassRegistry registry,
    ReminderService reminders,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILoggerFactory loggers) : IHostedService, IClusterMembership, IClusterSiloDetails, IAsyncDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger<ClusterSiloHost>();
    private PostgresMembershipTable? _table;
    private MembershipService? _membership;
    private ConnectionManager? _connections;
    private ClusterRouter? _router;
    private ITimer? _reminderReload;
    private bool _crashed;

    /// <summary>This silo's address once started.</summary>
    public SiloAddress? Self => _membership?.Self;

    internal MembershipService Membership => _membership ?? throw new InvalidOperationException("The silo has not joined the cluster.");

    internal ConnectionManager Connections => _connections ?? throw new InvalidOperationException("The silo has not joined the cluster.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var listener = ConnectionManager.Bind(o.Address, o.Port);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var self = new SiloAddress(o.Address, port, time.GetUtcNow().ToUnixTimeMilliseconds());
        var logger = loggers.CreateLogger("CheckIn.Runtime.Cluster");
        _table = new PostgresMembershipTable(o.ConnectionString!, o.ClusterId);
        _membership = new MembershipService(_table, o, time, logger);
        _router = new ClusterRouter(_membership, dispatcher, catalog, registry, o, siloOptions.Value, time, logger);
        _connections = new ConnectionManager(self.ToString(), self, _router, o.ConnectTimeout, time, logger);
        _router.Attach(_connections);
        _connections.Listen(listener, self);
        _connections.StartCallExpiry(siloOptions.Value.CallTimeout);

        dispatcher.Router = _router;
        reminders.OwnershipFilter = _router.Owns;
        _router.OwnershipChanged += ReloadReminders;
        _membership.Refreshed += _router.OnRefreshed;
        _membership.DeclaredDead += OnDeclaredDead;
        await _membership.JoinAsync(self, _connections, cancellationToken).ConfigureAwait(false);
        _reminderReload = time.CreateTimer(static state => ((ClusterSiloHost)state!).ReloadReminders(), this, o.ReminderRefreshPeriod, o.ReminderRefreshPeriod);
        LogListening(_logger, self);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_membership is null || _router is null || _connections is null)
        {
            return;
        }

        if (!_crashed && !_membership.IsDeclaredDead)
        {
            try
            {
                await _membership.BeginLeaveAsync(cancellationToken).ConfigureAwait(false);
                await _router.WaitForHandoffAsync(cancellationToken).ConfigureAwait(false);
                await WaitForForwardedCallsAsync(cancellationToken).ConfigureAwait(false);
                await _membership.CompleteLeaveAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or Npgsql.NpgsqlException or InvalidOperationException)
            {
                LogLeaveFailed(_logger, exception);
            }
        }

        _router.FailParked(new SiloUnavailableException($"Silo {_membership.Self} stopped."));
        await DisposeAsync().ConfigureAwait(false);
    }

    public async Task<MembershipSnapshot> ReadAsync(CancellationToken cancellationToken)
        => _membership?.View?.Snapshot ?? await (_table ?? throw new InvalidOperationException("The silo has not started.")).ReadAsync(null, 0, cancellationToken).ConfigureAwait(false);

    /// <summary>Simulates a crash for tests: stops heartbeats and closes every connection at once, without leaving.</summary>
    internal async Task CrashAsync()
    {
        _crashed = true;
        if (_membership is not null)
        {
            await _membership.DisposeAsync().ConfigureAwait(false);
        }

        if (_connections is not null)
        {
            await _connections.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_reminderReload is not null)
        {
            await _reminderReload.DisposeAsync().ConfigureAwait(false);
        }

        if (_membership is not null)
        {
            await _membership.DisposeAsync().ConfigureAwait(false);
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

    private async Task WaitForForwardedCallsAsync(CancellationToken cancellationToken)
    {
        var deadline = time.GetTimestamp() + (long)(options.Value.HandoffTimeout.TotalSeconds * time.TimestampFrequency);
        while (_connections!.PendingCalls > 0 && time.GetTimestamp() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void ReloadReminders()
    {
        _ = ReloadRemindersAsync();
    }

    private async Task ReloadRemindersAsync()
    {
        try
        {
            await reminders.ReloadAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            LogReminderReloadFailed(_logger, exception);
        }
    }

    private void OnDeclaredDead()
    {
        _router?.FailParked(new SiloUnavailableException($"Silo {_membership?.Self} was declared dead."));
        lifetime.StopApplication();
    }

    [LoggerMessage(EventId = 530, Level = LogLevel.Information, Message = "Cluster silo {Silo} is listening")]
    private static partial void LogListening(ILogger logger, SiloAddress silo);

    [LoggerMessage(EventId = 531, Level = LogLevel.Warning, Message = "Leaving the cluster failed; the other silos will vote this silo out")]
    private static partial void LogLeaveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 532, Level = LogLevel.Warning, Message = "Reloading reminders failed")]
    private static partial void LogReminderReloadFailed(ILogger logger, Exception exception);
}
