using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Channels;
using CheckIn.Runtime.Invocation;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Networking;

/// <summary>One TCP connection to a peer, used in both directions: length-prefixed frames over
/// System.IO.Pipelines. Senders put frames in an unbounded outbox and return; one writer loop serializes
/// every frame that is waiting and flushes only when the outbox is empty, so small messages that arrive
/// together leave in one write. Calls waiting for an answer are kept by call id and fail at once when the
/// connection closes.</summary>
internal sealed partial class Connection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly PipeReader _reader;
    private readonly PipeWriter _writer;
    private readonly Channel<OutgoingFrame> _outbox = Channel.CreateUnbounded<OutgoingFrame>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, IInvokable> _pending = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _pings = new();
    private readonly IIncomingRequestHandler? _handler;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextId;
    private int _closing;

    public Connection(Socket socket, IIncomingRequestHandler? handler, TimeProvider time, ILogger logger)
    {
        _socket = socket;
        _socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = PipeReader.Create(_stream);
        _writer = PipeWriter.Create(_stream);
        _handler = handler;
        _time = time;
        _logger = logger;
    }

    /// <summary>The peer's identity from its hello frame (a silo address, or a client's name).</summary>
    public string PeerIdentity { get; private set; } = "unknown";

    public Task Closed => _closed.Task;

    public bool IsClosed => Volatile.Read(ref _closing) != 0;

    public int PendingCalls => _pending.Count;

    /// <summary>Starts the loops after sending our hello.</summary>
    public void Start(string localIdentity)
    {
        _outbox.Writer.TryWrite(OutgoingFrame.Hello(localIdentity));
        _ = WriteLoopAsync();
        _ = ReadLoopAsync(helloReceived: null);
    }

    /// <summary>Starts the loops on an accepted socket; completes with the peer's identity once its hello arrived.</summary>
    public Task<string> AcceptAsync(string localIdentity)
    {
        var hello = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _outbox.Writer.TryWrite(OutgoingFrame.Hello(localIdentity));
        _ = WriteLoopAsync();
        _ = ReadLoopAsync(hello);
        return hello.Task;
    }

    /// <summary>Sends a call; its answer completes <paramref name="request"/>.</summary>
    public void SendRequest(GrainId grainId, IInvokable request)
    {
        var id = Interlocked.Increment(ref _nextId);
        var oneWay = (request.Flags & InvokeFlags.OneWay) != 0;
        if (!oneWay)
        {
            _pending[id] = request;
        }

        if (!_outbox.Writer.TryWrite(OutgoingFrame.Call(id, grainId, request, request.Hops)) || IsClosed)
        {
            _pending.TryRemove(id, out _);
            request.Fail(new SiloUnavailableException($"The connection to {PeerIdentity} is closed."));
        }
    }

    /// <summary>Sends a probe and completes when its answer arrives.</summary>
    public Task PingAsync()
    {
        var id = Interlocked.Increment(ref _nextId);
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pings[id] = answered;
        if (!_outbox.Writer.TryWrite(OutgoingFrame.Ping(id)))
        {
            _pings.TryRemove(id, out _);
            answered.TrySetException(new SiloUnavailableException($"The connection to {PeerIdentity} is closed."));
        }

        return answered.Task;
    }

    /// <summary>Fails calls that have waited longer than <paramref name="timeoutTicks"/>, and forgets old probes.</summary>
    public void ExpireCalls(long now, long timeoutTicks)
    {
        foreach (var (id, request) in _pending)
        {
            if (now - request.SentTimestamp >= timeoutTicks && _pending.TryRemove(id, out _))
            {
                request.Fail(new GrainCallTimeoutException($"Call {request.MethodName} to {PeerIdentity} timed out."));
            }
        }
    }

    public void Close(Exception? reason = null)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        _outbox.Writer.TryComplete();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }

        _stream.Dispose();
        var failure = new SiloUnavailableException($"The connection to {PeerIdentity} closed{(reason is null ? "" : ": " + reason.Message)}.");
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var request))
            {
                request.Fail(failure);
            }
        }

        foreach (var id in _pings.Keys)
        {
            if (_pings.TryRemove(id, out var ping))
            {
                ping.TrySetException(failure);
            }
        }

        _closed.TrySetResult();
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    private async Task WriteLoopAsync()
    {
        var buffer = new FrameBuffer();
        await using var json = new Utf8JsonWriter(buffer);
        try
        {
            var outbox = _outbox.Reader;
            while (await outbox.WaitToReadAsync().ConfigureAwait(false))
            {
                var unflushed = 0;
                while (outbox.TryRead(out var frame))
                {
                    if (!frame.WriteTo(buffer, json))
                    {
                        _pending.TryRemove(frame.Id, out _);
                        continue;
                    }

                    _writer.Write(buffer.Written);
                    unflushed += buffer.Written.Length;
                    if (unflushed >= 256 * 1024)
                    {
                        // Bound what one batch holds in memory; the rest follows in the next write.
                        await _writer.FlushAsync().ConfigureAwait(false);
                        unflushed = 0;
                    }
                }

                // The outbox is empty: send what the batch collected.
                var flushed = await _writer.FlushAsync().ConfigureAwait(false);
                if (flushed.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            Close(exception);
            return;
        }

        Close();
    }

    private async Task ReadLoopAsync(TaskCompletionSource<string>? helloReceived)
    {
        try
        {
            while (true)
            {
                var result = await _reader.ReadAsync().ConfigureAwait(false);
                var buffer = result.Buffer;
                while (TryTakeFrame(ref buffer, out var frame))
                {
                    if (frame.IsSingleSegment)
                    {
                        OnFrame(frame.FirstSpan, helloReceived);
                    }
                    else
                    {
                        OnFrame(frame.ToArray(), helloReceived);
                    }
                }

                _reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            helloReceived?.TrySetException(exception);
            Close(exception);
            return;
        }

        helloReceived?.TrySetException(new IOException("The peer closed the connection before saying hello."));
        Close();
    }

    private static bool TryTakeFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame)
    {
        frame = default;
        if (buffer.Length < 4)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[4];
        buffer.Slice(0, 4).CopyTo(prefix);
        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length < 1 || length > 64 * 1024 * 1024)
        {
            throw new InvalidOperationException($"Frame length {length} is out of range.");
        }

        if (buffer.Length < 4 + length)
        {
            return false;
        }

        frame = buffer.Slice(4, length);
        buffer = buffer.Slice(4 + length);
        return true;
    }

    private void OnFrame(ReadOnlySpan<byte> frame, TaskCompletionSource<string>? helloReceived)
    {
        var reader = new FrameReader(frame);
        switch ((MessageKind)reader.ReadByte())
        {
            case MessageKind.Hello:
                PeerIdentity = reader.ReadString();
                helloReceived?.TrySetResult(PeerIdentity);
                break;
            case MessageKind.Ping:
                _outbox.Writer.TryWrite(OutgoingFrame.Pong(reader.ReadInt64()));
                break;
            case MessageKind.Pong:
                if (_pings.TryRemove(reader.ReadInt64(), out var ping))
                {
                    ping.TrySetResult();
                }

                break;
            case MessageKind.Response:
                OnResponse(ref reader);
                break;
            case MessageKind.Request:
                OnRequest(ref reader);
                break;
        }
    }

    private void OnResponse(ref FrameReader reader)
    {
        var id = reader.ReadInt64();
        var status = reader.ReadByte();
        if (!_pending.TryRemove(id, out var request))
        {
            return; // Timed out meanwhile.
        }

        if (status == 0)
        {
            request.SetResultFromWire(reader.Rest, WireJson.Options);
        }
        else
        {
            request.Fail(RemoteExceptionCodec.Read(reader.Rest, WireJson.Options));
        }
    }

    private void OnRequest(ref FrameReader reader)
    {
        var id = reader.ReadInt64();
        var oneWay = reader.ReadByte() != 0;
        var hops = reader.ReadByte();
        var grainId = new GrainId(reader.ReadString(), reader.ReadString());
        var wireName = reader.ReadString();
        var chainLength = reader.ReadByte();
        List<GrainId>? chain = chainLength == 0 ? null : new List<GrainId>(chainLength);
        for (var i = 0; i < chainLength; i++)
        {
            chain!.Add(new GrainId(reader.ReadString(), reader.ReadString()));
        }

        IInvokable request;
        try
        {
            if (!GrainProxyRegistry.TryGetRequestReader(wireName, out var read))
            {
                throw new InvalidOperationException($"No grain interface method '{wireName}' is known in this process.");
            }

            request = (IInvokable)read(reader.Rest, WireJson.Options);
        }
        catch (Exception exception) when (exception is InvalidOperationException or JsonException or NotSupportedException)
        {
            LogBadRequest(_logger, wireName, PeerIdentity, exception);
            if (!oneWay)
            {
                var failed = new FailedRequest(exception);
                _outbox.Writer.TryWrite(OutgoingFrame.Answer(id, failed));
            }

            return;
        }

        request.Hops = hops;
        request.RemoteChain = chain;
        request.SentTimestamp = _time.GetTimestamp();
        if (_handler is null)
        {
            request.Fail(new InvalidOperationException("This process hosts no grains."));
        }
        else
        {
            _handler.OnRequest(grainId, request);
        }

        if (!oneWay)
        {
            request.AnswerTask.ContinueWith(
                static (_, state) =>
                {
                    var (connection, callId, answered) = ((Connection, long, IInvokable))state!;
                    connection._outbox.Writer.TryWrite(OutgoingFrame.Answer(callId, answered));
                },
                (this, id, request),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "Could not read request {WireName} from {Peer}")]
    private static partial void LogBadRequest(ILogger logger, string wireName, string peer, Exception exception);
}
