using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using CheckIn.Runtime.Invocation;
using CheckIn.Runtime.Membership;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Networking;

/// <summary>The connections of one process to the silos of the cluster: one connection per silo pair, dialed
/// by the silo whose address sorts first (clients always dial), so two silos never race to open two.
/// A failed dial backs off (0.1 s doubling to 2 s) and calls sent meanwhile fail at once with
/// <see cref="SiloUnavailableException"/>, as do calls to a silo the membership declared dead: callers learn
/// promptly, not at their timeout.</summary>
internal sealed partial class ConnectionManager : IAsyncDisposable
{
    private static readonly TimeSpan s_minBackoff = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_maxBackoff = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<SiloAddress, Peer> _peers = new();
    private readonly ConcurrentDictionary<Connection, byte> _inboundClients = new();
    private readonly ConcurrentDictionary<SiloAddress, byte> _dead = new();
    private readonly IIncomingRequestHandler? _handler;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _connectTimeout;
    private readonly CancellationTokenSource _stopping = new();
    private Socket? _listener;
    private ITimer? _expiry;
    private int _disposed;

    public ConnectionManager(string localIdentity, SiloAddress? localSilo, IIncomingRequestHandler? handler, TimeSpan connectTimeout, TimeProvider time, ILogger logger)
    {
        LocalIdentity = localIdentity;
        LocalSilo = localSilo;
        _handler = handler;
        _connectTimeout = connectTimeout;
        _time = time;
        _logger = logger;
    }

    public string LocalIdentity { get; private set; }

    public SiloAddress? LocalSilo { get; private set; }

    /// <summary>Binds the listener and returns the port it got (a silo calls this before it knows its identity).</summary>
    public static Socket Bind(string address, int port)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Parse(address), port));
        listener.Listen(512);
        return listener;
    }

    /// <summary>Starts accepting on a bound listener, as <paramref name="self"/>.</summary>
    public void Listen(Socket listener, SiloAddress self)
    {
        _listener = listener;
        LocalSilo = self;
        LocalIdentity = self.ToString();
        _ = AcceptLoopAsync(listener);
    }

    /// <summary>Fails calls that waited longer than <paramref name="callTimeout"/>, checked a few times per timeout.</summary>
    public void StartCallExpiry(TimeSpan callTimeout)
    {
        var period = callTimeout / 4 < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : callTimeout / 4;
        var timeoutTicks = (long)(callTimeout.TotalSeconds * _time.TimestampFrequency);
        _expiry = _time.CreateTimer(
            state =>
            {
                var now = _time.GetTimestamp();
                foreach (var peer in _peers.Values)
                {
                    peer.Connection?.ExpireCalls(now, timeoutTicks);
                }
            },
            null,
            period,
            period);
    }

    /// <summary>Sends a grain call to <paramref name="target"/>; failures answer the request.</summary>
    public void Send(SiloAddress target, GrainId grainId, IInvokable request)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            request.Fail(new SiloUnavailableException("This process has closed its cluster connections."));
            return;
        }

        if (_dead.ContainsKey(target))
        {
            request.Fail(new SiloUnavailableException($"Silo {target} is dead."));
            return;
        }

        var peer = _peers.GetOrAdd(target, static t => new Peer(t));
        var connection = peer.Connection;
        if (connection is { IsClosed: false })
        {
            connection.SendRequest(grainId, request);
            return;
        }

        if (peer.RetryAt > _time.GetTimestamp())
        {
            request.Fail(new SiloUnavailableException($"Silo {target} cannot be reached (reconnecting)."));
            return;
        }

        ConnectAsync(peer).ContinueWith(
            static (task, state) =>
            {
                var (grain, invokable, silo) = ((GrainId, IInvokable, SiloAddress))state!;
                if (task.IsCompletedSuccessfully && task.Result is { IsClosed: false } ready)
                {
                    ready.SendRequest(grain, invokable);
                }
                else
                {
                    invokable.Fail(new SiloUnavailableException($"Silo {silo} cannot be reached."));
                }
            },
            (grainId, request, target),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Probes <paramref name="target"/>: completes when it answered; throws when it did not in time.</summary>
    public async Task ProbeAsync(SiloAddress target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new SiloUnavailableException("This process has closed its cluster connections.");
        }

        var peer = _peers.GetOrAdd(target, static t => new Peer(t));
        if (peer.Connection is not { IsClosed: false } && !IsDialer(target) && peer.EverConnected)
        {
            // The silo that dials us had a connection and lost it: it is gone until it dials again, and
            // waiting for that would only stretch the probe (and the failover) by the connect timeout.
            throw new SiloUnavailableException($"Silo {target} closed its connection.");
        }

        var connection = peer.Connection is { IsClosed: false } open ? open : await ConnectAsync(peer).WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            throw new SiloUnavailableException($"Silo {target} cannot be reached.");
        }

        await connection.PingAsync().WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens connections to the given silos ahead of the first call, where this process dials.</summary>
    public void Prepare(IEnumerable<SiloAddress> silos)
    {
        foreach (var silo in silos)
        {
            if (silo == LocalSilo || _dead.ContainsKey(silo) || !IsDialer(silo))
            {
                continue;
            }

            var peer = _peers.GetOrAdd(silo, static t => new Peer(t));
            if (peer.Connection is not { IsClosed: false } && peer.RetryAt <= _time.GetTimestamp())
            {
                _ = ConnectAsync(peer);
            }
        }
    }

    /// <summary>Forgets a silo the membership declared dead or that left: its calls fail at once from now on.</summary>
    public void MarkGone(SiloAddress silo)
    {
        _dead[silo] = 0;
        if (_peers.TryRemove(silo, out var peer))
        {
            peer.Connection?.Close();
        }
    }

    /// <summary>How many calls sent from here still wait for an answer.</summary>
    public int PendingCalls => _peers.Values.Sum(static p => p.Connection?.PendingCalls ?? 0);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_expiry is not null)
        {
            await _expiry.DisposeAsync().ConfigureAwait(false);
        }

        _listener?.Dispose();
        foreach (var peer in _peers.Values)
        {
            peer.Connection?.Close();
        }

        foreach (var client in _inboundClients.Keys)
        {
            client.Close();
        }

        _stopping.Dispose();
    }

    private bool IsDialer(SiloAddress target) => LocalSilo is null || LocalSilo.CompareTo(target) < 0;

    private Task<Connection?> ConnectAsync(Peer peer)
    {
        lock (peer)
        {
            if (peer.Connection is { IsClosed: false } open)
            {
                return Task.FromResult<Connection?>(open);
            }

            if (peer.Connecting is { IsCompleted: false } pending)
            {
                return pending;
            }

            peer.Connecting = IsDialer(peer.Silo) ? DialAsync(peer) : WaitForInboundAsync(peer);
            return peer.Connecting;
        }
    }

    private async Task<Connection?> DialAsync(Peer peer)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            timeout.CancelAfter(_connectTimeout);
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(peer.Silo.Host), peer.Silo.Port), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Dispose();
            lock (peer)
            {
                peer.Backoff = peer.Backoff == TimeSpan.Zero ? s_minBackoff : TimeSpan.FromTicks(Math.Min(peer.Backoff.Ticks * 2, s_maxBackoff.Ticks));
                peer.RetryAt = _time.GetTimestamp() + (long)(peer.Backoff.TotalSeconds * _time.TimestampFrequency);
            }

            LogDialFailed(_logger, peer.Silo, exception.Message);
            return null;
        }

        var connection = new Connection(socket, _handler, _time, _logger);
        lock (peer)
        {
            peer.Backoff = TimeSpan.Zero;
            peer.RetryAt = 0;
            peer.Connection = connection;
            peer.EverConnected = true;
        }

        connection.Start(LocalIdentity);
        _ = connection.Closed.ContinueWith(_ => OnClosed(peer, connection), TaskScheduler.Default);
        return connection;
    }

    private async Task<Connection?> WaitForInboundAsync(Peer peer)
    {
        try
        {
            return await peer.Inbound.Task.WaitAsync(_connectTimeout, _time, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            // The silo that dials has not come: fail further calls at once for a moment.
            peer.RetryAt = _time.GetTimestamp() + (long)(s_minBackoff.TotalSeconds * 5 * _time.TimestampFrequency);
            return null;
        }
    }

    private async Task AcceptLoopAsync(Socket listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                if (_stopping.IsCancellationRequested)
                {
                    return;
                }

                continue;
            }

            _ = AcceptAsync(socket);
        }
    }

    private async Task AcceptAsync(Socket socket)
    {
        var connection = new Connection(socket, _handler, _time, _logger);
        string identity;
        try
        {
            identity = await connection.AcceptAsync(LocalIdentity).WaitAsync(_connectTimeout, _time).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException or TimeoutException or InvalidOperationException)
        {
            connection.Close(exception);
            return;
        }

        SiloAddress? silo = null;
        if (!identity.StartsWith("client:", StringComparison.Ordinal))
        {
            try
            {
                silo = SiloAddress.Parse(identity);
            }
            catch (FormatException)
            {
                silo = null;
            }
        }

        if (silo is null || _dead.ContainsKey(silo))
        {
            // A client (or a silo we consider gone): answer its calls on this connection, never dial it.
            _inboundClients[connection] = 0;
            _ = connection.Closed.ContinueWith(_ => _inboundClients.TryRemove(connection, out byte _), TaskScheduler.Default);
            return;
        }

        var peer = _peers.GetOrAdd(silo, static t => new Peer(t));
        Connection? previous;
        lock (peer)
        {
            previous = peer.Connection;
            peer.Connection = connection;
            peer.RetryAt = 0;
            peer.EverConnected = true;
        }

        if (previous is not null && !ReferenceEquals(previous, connection))
        {
            previous.Close();
        }

        peer.Inbound.TrySetResult(connection);
        _ = connection.Closed.ContinueWith(_ => OnClosed(peer, connection), TaskScheduler.Default);
    }

    private void OnClosed(Peer peer, Connection connection)
    {
        lock (peer)
        {
            if (ReferenceEquals(peer.Connection, connection))
            {
                peer.Connection = null;
                if (peer.Inbound.Task.IsCompleted)
                {
                    peer.Inbound = new TaskCompletionSource<Connection>(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }
    }

    [LoggerMessage(EventId = 610, Level = LogLevel.Debug, Message = "Could not connect to silo {Silo}: {Reason}")]
    private static partial void LogDialFailed(ILogger logger, SiloAddress silo, string reason);

    /// <summary>What this process knows of one remote silo's connection.</summary>
    private sealed class Peer(SiloAddress silo)
    {
        public SiloAddress Silo { get; } = silo;

        public Connection? Connection { get; set; }

        public Task<Connection?>? Connecting { get; set; }

        public TaskCompletionSource<Connection> Inbound { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long RetryAt { get; set; }

        public TimeSpan Backoff { get; set; }

        public bool EverConnected { get; set; }
    }
}
