using CheckIn.Runtime.Networking;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Membership;

/// <summary>This silo's membership: joins the table, writes its heartbeat and reads the table every refresh
/// period, probes the other active silos directly, and votes a silo dead after it missed several probes in a
/// row. A silo that reads that it was declared dead stops itself. Every change of the table is one transaction
/// that also moves the version (<see cref="PostgresMembershipTable.TryWriteAsync"/>); a writer that lost the
/// race reads again and decides again.</summary>
internal sealed partial class MembershipService : IAsyncDisposable
{
    private readonly PostgresMembershipTable _table;
    private readonly ClusterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<SiloAddress, int> _missedProbes = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _refreshNow = new(0, 1);
    private ConnectionManager? _connections;
    private Task? _refreshLoop;
    private Task? _probeLoop;
    private ClusterView? _view;
    private long _ackedVersion;
    private long _leaseStart;
    private int _declaredDead;
    private int _disposed;

    public MembershipService(PostgresMembershipTable table, ClusterOptions options, TimeProvider time, ILogger logger)
    {
        _table = table;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised after every successful read of the table, with the new view (on the refresh loop).</summary>
    public event Action<ClusterView, bool>? Refreshed;

    /// <summary>Raised once when this silo reads that it was declared dead.</summary>
    public event Action? DeclaredDead;

    public SiloAddress Self { get; private set; } = new("0.0.0.0", 0, 0);

    public ClusterView? View => Volatile.Read(ref _view);

    public bool IsDeclaredDead => Volatile.Read(ref _declaredDead) != 0;

    /// <summary>True while this silo's last heartbeat is recent enough that nobody takes its grains over.</summary>
    public bool HasLease
    {
        get
        {
            var start = Volatile.Read(ref _leaseStart);
            return start != 0 && !IsDeclaredDead && _time.GetElapsedTime(start) < _options.HeartbeatLease;
        }
    }

    /// <summary>Joins the cluster as <paramref name="self"/>: creates the schema if needed, marks older
    /// generations on the same endpoint dead, inserts this silo as active, and starts the loops.</summary>
    public async Task JoinAsync(SiloAddress self, ConnectionManager connections, CancellationToken cancellationToken)
    {
        Self = self;
        _connections = connections;
        await _table.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await ChangeAsync(
            snapshot =>
            {
                var changes = snapshot.Entries
                    .Where(e => e.Silo.Host == self.Host && e.Silo.Port == self.Port && e.Silo.Generation < self.Generation
                                && e.Status is SiloStatus.Active or SiloStatus.ShuttingDown)
                    .Select(static e => e with { Status = SiloStatus.Dead })
                    .ToList();
                changes.Add(new MembershipEntry(self, SiloStatus.Active, snapshot.DatabaseNow, snapshot.DatabaseNow, 0, []));
                return changes;
            },
            cancellationToken).ConfigureAwait(false);
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        LogJoined(_logger, self, View?.Version ?? 0);
        _refreshLoop = RefreshLoopAsync();
        _probeLoop = ProbeLoopAsync();
    }

    /// <summary>Records that this silo has released every grain it does not own under <paramref name="version"/>;
    /// written with the next heartbeat, which is brought forward.</summary>
    public void Acknowledge(long version)
    {
        long current;
        do
        {
            current = Volatile.Read(ref _ackedVersion);
            if (version <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _ackedVersion, version, current) != current);

        RefreshSoon();
    }

    /// <summary>Reads the table at the next opportunity instead of at the end of the period.</summary>
    public void RefreshSoon()
    {
        try
        {
            _refreshNow.Release();
        }
        catch (Exception exception) when (exception is SemaphoreFullException or ObjectDisposedException)
        {
            // Already requested.
        }
    }

    /// <summary>Announces that this silo is leaving: it owns nothing from now on.</summary>
    public Task BeginLeaveAsync(CancellationToken cancellationToken)
        => SetOwnStatusAsync(SiloStatus.ShuttingDown, cancellationToken);

    /// <summary>Marks this silo as left (after its grains were handed off) and stops the loops.</summary>
    public async Task CompleteLeaveAsync(CancellationToken cancellationToken)
    {
        await SetOwnStatusAsync(SiloStatus.Left, cancellationToken).ConfigureAwait(false);
        LogLeft(_logger, Self);
        await StopLoopsAsync().ConfigureAwait(false);
    }

    /// <summary>One read of the table (with this silo's heartbeat), then the view is published.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var snapshot = await _table.ReadAsync(Self, Volatile.Read(ref _ackedVersion), cancellationToken).ConfigureAwait(false);
        var own = snapshot.Find(Self);
        if (own?.Status == SiloStatus.Dead)
        {
            OnDeclaredDead();
            return;
        }

        Volatile.Write(ref _leaseStart, started);
        var previous = View;
        var view = new ClusterView(snapshot, Self, _options.HeartbeatLease);
        Volatile.Write(ref _view, view);
        var changed = previous is null || previous.Version != view.Version;
        if (changed)
        {
            foreach (var entry in snapshot.Entries.Where(e => e.Status is SiloStatus.Dead or SiloStatus.Left && e.Silo != Self))
            {
                _connections?.MarkGone(entry.Silo);
            }

            _connections?.Prepare(snapshot.ActiveSilos);
            LogViewChanged(_logger, Self, view.Version, snapshot.ActiveSilos.Count);
        }

        Refreshed?.Invoke(view, changed);
    }

    /// <summary>Votes <paramref name="suspect"/> dead; it is declared dead once enough fresh votes are in the
    /// table (all other active silos when there are fewer than <see cref="ClusterOptions.VotesToDeclareDead"/>).</summary>
    public Task VoteAsync(SiloAddress suspect, CancellationToken cancellationToken)
        => ChangeAsync(
            snapshot =>
            {
                var entry = snapshot.Find(suspect);
                if (entry is null || entry.Status is not (SiloStatus.Active or SiloStatus.ShuttingDown) || snapshot.Find(Self)?.Status != SiloStatus.Active)
                {
                    return [];
                }

                var now = snapshot.DatabaseNow.ToUnixTimeMilliseconds();
                var expiry = (long)_options.VoteExpiry.TotalMilliseconds;
                var voter = Self.ToString();
                if (entry.SuspectVotes.Any(v => Vote.TryParse(v, out var who, out var at) && who == voter && now - at < expiry / 2))
                {
                    // Our vote stands: writing it again would only move the version (and make every silo re-check its grains).
                    return [];
                }

                var votes = entry.SuspectVotes
                    .Where(v => Vote.TryParse(v, out var who, out var at) && now - at < expiry && who != voter)
                    .Append(Vote.Format(voter, now))
                    .ToList();
                var others = snapshot.ActiveSilos.Count(s => s != suspect);
                var needed = Math.Max(1, Math.Min(_options.VotesToDeclareDead, others));
                var dead = votes.Count >= needed;
                if (dead)
                {
                    LogDeclaringDead(_logger, suspect, votes.Count);
                }

                return [entry with { Status = dead ? SiloStatus.Dead : entry.Status, SuspectVotes = votes }];
            },
            cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await StopLoopsAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _refreshNow.Dispose();
    }

    private async Task StopLoopsAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        foreach (var loop in new[] { _refreshLoop, _probeLoop })
        {
            if (loop is not null)
            {
                await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task SetOwnStatusAsync(SiloStatus status, CancellationToken cancellationToken)
    {
        if (IsDeclaredDead)
        {
            return;
        }

        await ChangeAsync(
            snapshot => snapshot.Find(Self) is { Status: not SiloStatus.Dead } own ? [own with { Status = status }] : [],
            cancellationToken).ConfigureAwait(false);
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the table, computes the rows to write from what it read, and writes them if the version is
    /// unchanged; retries from a fresh read otherwise.</summary>
    private async Task ChangeAsync(Func<MembershipSnapshot, IReadOnlyList<MembershipEntry>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var snapshot = await _table.ReadAsync(heartbeatOf: null, 0, cancellationToken).ConfigureAwait(false);
            var changes = decide(snapshot);
            if (changes.Count == 0 || await _table.TryWriteAsync(snapshot.Version, changes, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (attempt >= 20)
            {
                throw new InvalidOperationException("The membership table kept changing underneath this silo's update.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 50)), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RefreshLoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await _refreshNow.WaitAsync(_options.RefreshPeriod, token).ConfigureAwait(false);
                await RefreshAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException or IOException)
            {
                LogRefreshFailed(_logger, exception);
            }
        }
    }

    private async Task ProbeLoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.ProbePeriod, _time, token).ConfigureAwait(false);
                await ProbeAllAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException or IOException)
            {
                LogRefreshFailed(_logger, exception);
            }
        }
    }

    private async Task ProbeAllAsync(CancellationToken cancellationToken)
    {
        var view = View;
        if (view is null || _connections is null || view.Snapshot.Find(Self)?.Status != SiloStatus.Active)
        {
            return;
        }

        var peers = view.Snapshot.ActiveSilos.Where(s => s != Self).ToList();
        var results = await Task.WhenAll(peers.Select(async peer =>
        {
            try
            {
                await _connections.ProbeAsync(peer, _options.ProbeTimeout, cancellationToken).ConfigureAwait(false);
                return (peer, ok: true);
            }
            catch (Exception exception) when (exception is SiloUnavailableException or TimeoutException or IOException)
            {
                return (peer, ok: false);
            }
        })).ConfigureAwait(false);

        foreach (var stale in _missedProbes.Keys.Except(peers).ToList())
        {
            _missedProbes.Remove(stale);
        }

        foreach (var (peer, ok) in results)
        {
            var missed = ok ? 0 : _missedProbes.GetValueOrDefault(peer) + 1;
            _missedProbes[peer] = missed;
            if (missed >= _options.MissedProbesLimit)
            {
                LogSuspecting(_logger, peer, missed);
                await VoteAsync(peer, cancellationToken).ConfigureAwait(false);
                RefreshSoon();
            }
        }
    }

    private void OnDeclaredDead()
    {
        if (Interlocked.Exchange(ref _declaredDead, 1) != 0)
        {
            return;
        }

        LogDeclaredDead(_logger, Self);
        _stopping.Cancel();
        DeclaredDead?.Invoke();
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Silo {Silo} joined the cluster at membership version {Version}")]
    private static partial void LogJoined(ILogger logger, SiloAddress silo, long version);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Silo {Silo} sees membership version {Version} with {ActiveCount} active silos")]
    private static partial void LogViewChanged(ILogger logger, SiloAddress silo, long version, int activeCount);

    [LoggerMessage(EventId = 502, Level = LogLevel.Warning, Message = "Silo {Silo} missed {Missed} probes in a row; voting it dead")]
    private static partial void LogSuspecting(ILogger logger, SiloAddress silo, int missed);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "Declaring silo {Silo} dead with {Votes} votes")]
    private static partial void LogDeclaringDead(ILogger logger, SiloAddress silo, int votes);

    [LoggerMessage(EventId = 504, Level = LogLevel.Error, Message = "Silo {Silo} was declared dead by the cluster; stopping")]
    private static partial void LogDeclaredDead(ILogger logger, SiloAddress silo);

    [LoggerMessage(EventId = 505, Level = LogLevel.Warning, Message = "Membership refresh or probe failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 506, Level = LogLevel.Information, Message = "Silo {Silo} left the cluster")]
    private static partial void LogLeft(ILogger logger, SiloAddress silo);
}
