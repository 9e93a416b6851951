using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Activation;

/// <summary>One activation of a grain: its instance, its message queues and its turn-based scheduler.
/// The activation is its own <see cref="SynchronizationContext"/>: every continuation of the grain's
/// awaits is posted back here, so the grain runs on one thread at a time and its fields need no locks.
/// All mutable fields below are guarded by <see cref="_lock"/>; the grain itself is only touched from
/// inside <see cref="Execute"/>.</summary>
internal sealed partial class ActivationData : SynchronizationContext, IThreadPoolWorkItem
{
    private readonly Lock _lock = new();
    private readonly ActivationServices _services;

    // Lazily allocated so that an idle activation costs a few hundred bytes.
    private Queue<IInvokable>? _inbox;
    private Queue<IInvokable>? _interleaved;
    private Queue<Continuation>? _continuations;
    private List<IInvokable>? _running;

    private int _runningWriters;
    private IInvokable? _exclusiveRequest;
    private bool _scheduled;
    private ActivationStatus _status;
    private DeactivationReason? _deactivationRequest;
    private long _lastActiveTimestamp;
    private TaskCompletionSource? _deactivated;

    public ActivationData(GrainId grainId, GrainClassInfo classInfo, ActivationServices services)
    {
        GrainId = grainId;
        ClassInfo = classInfo;
        _services = services;
        _lastActiveTimestamp = services.Time.GetTimestamp();
    }

    public GrainId GrainId { get; }

    public GrainClassInfo ClassInfo { get; }

    public ActivationServices Services => _services;

    /// <summary>The grain instance; null until the activation turn created it.</summary>
    public object? GrainInstance { get; private set; }

    public ActivationStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    /// <summary>When the activation last finished a message, in <see cref="TimeProvider.GetTimestamp"/> units.</summary>
    public long LastActiveTimestamp => Volatile.Read(ref _lastActiveTimestamp);

    /// <summary>True when nothing is queued or running: the collector may deactivate it.</summary>
    public bool IsIdle
    {
        get
        {
            lock (_lock)
            {
                return IsIdleLocked();
            }
        }
    }

    /// <summary>Messages waiting, for stateless worker placement and diagnostics.</summary>
    public int QueueLength
    {
        get
        {
            lock (_lock)
            {
                return QueuedLocked() + (_running?.Count ?? 0);
            }
        }
    }

    /// <summary>The running request that holds the grain exclusively (non-reentrant, not read-only), if any.
    /// Read only from inside this activation's turn, where it cannot change underneath the reader.</summary>
    public IInvokable? ExclusiveRequest => _exclusiveRequest;

    /// <summary>True when no work item of this activation is queued or running: the scheduler has taken
    /// every decision it can for now (tests wait for this instead of sleeping).</summary>
    public bool IsQuiescent
    {
        get
        {
            lock (_lock)
            {
                return !_scheduled;
            }
        }
    }

    /// <summary>Offers a message. Never blocks; never runs grain code on the caller's thread.</summary>
    public EnqueueResult TryEnqueue(IInvokable request)
    {
        bool schedule;
        int depth;
        lock (_lock)
        {
            if (_status >= ActivationStatus.Deactivating)
            {
                return EnqueueResult.Gone;
            }

            if (QueuedLocked() >= _services.Options.MaxQueueLength)
            {
                return EnqueueResult.Overloaded;
            }

            if (_deactivationRequest is DeactivationReason.Idle or DeactivationReason.Capacity)
            {
                // The collector picked this activation while it was idle; a new message makes it useful again.
                _deactivationRequest = null;
            }

            request.Target = this;
            if (MayInterleave(request))
            {
                (_interleaved ??= new Queue<IInvokable>()).Enqueue(request);
            }
            else
            {
                (_inbox ??= new Queue<IInvokable>()).Enqueue(request);
            }

            depth = QueuedLocked();
            schedule = !_scheduled;
            _scheduled = true;
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        _services.Metrics.OnEnqueued(depth);
        return EnqueueResult.Enqueued;
    }

    /// <summary>Asks for deactivation once the running messages finish. Idle and capacity requests are
    /// only taken while the activation is idle, and are withdrawn when a message arrives.</summary>
    public bool TryRequestDeactivation(DeactivationReason reason)
    {
        bool schedule;
        lock (_lock)
        {
            if (_status is not (ActivationStatus.Valid or ActivationStatus.Activating) || _deactivationRequest is not null)
            {
                return false;
            }

            if (reason is DeactivationReason.Idle or DeactivationReason.Capacity && !IsIdleLocked())
            {
                return false;
            }

            _deactivationRequest = reason;
            schedule = !_scheduled;
            _scheduled = true;
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        return true;
    }

    /// <summary>Completes when the activation has deactivated (or at once if it already has).</summary>
    public Task WhenDeactivated()
    {
        lock (_lock)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return Task.CompletedTask;
            }

            return (_deactivated ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    /// <summary>Called inside the activation's turn when a started request has finished.</summary>
    public void OnRequestCompleted(IInvokable request, Exception? failure)
    {
        lock (_lock)
        {
            _running?.Remove(request);
            if (ReferenceEquals(_exclusiveRequest, request))
            {
                _exclusiveRequest = null;
            }

            if ((request.Flags & InvokeFlags.ReadOnly) == 0)
            {
                _runningWriters--;
            }

            if ((request.Flags & InternalInvokeFlags.NoKeepAlive) == 0)
            {
                _lastActiveTimestamp = _services.Time.GetTimestamp();
            }

            if (failure is InconsistentStateException && _deactivationRequest is null && _status == ActivationStatus.Valid)
            {
                _deactivationRequest = DeactivationReason.InconsistentState;
            }
        }

        _services.Metrics.OnCallCompleted(this, request, failure);
        if (failure is not null && (request.Flags & InvokeFlags.OneWay) != 0)
        {
            LogOneWayFailed(_services.Logger, request.MethodName, GrainId, failure);
        }

        if (!ReferenceEquals(Current, this))
        {
            // A completion that arrived outside our turn (an exotic awaitable): make sure the queue moves on.
            EnsureScheduled();
        }
    }

    /// <summary>Fails callers whose call exceeded the timeout; the grain keeps running what it started.</summary>
    public void ExpireCalls(long now, long timeoutTicks, List<IInvokable> expired)
    {
        lock (_lock)
        {
            CollectExpired(_running, now, timeoutTicks, expired);
            CollectExpired(_inbox, now, timeoutTicks, expired);
            CollectExpired(_interleaved, now, timeoutTicks, expired);
        }
    }

    private static void CollectExpired(IEnumerable<IInvokable>? requests, long now, long timeoutTicks, List<IInvokable> expired)
    {
        if (requests is null)
        {
            return;
        }

        foreach (var request in requests)
        {
            if (!request.IsAnswered && now - request.SentTimestamp >= timeoutTicks)
            {
                expired.Add(request);
            }
        }
    }

    private bool MayInterleave(IInvokable request)
    {
        if ((request.Flags & InvokeFlags.AlwaysInterleave) != 0)
        {
            return true;
        }

        // Call-chain reentrancy: a request sent, directly or through other grains, from a turn of this
        // very activation must run, or the chain A -> B -> A would wait on itself until the timeout.
        if (request.RemoteChain is { } remote && remote.Contains(GrainId))
        {
            return true;
        }

        var depth = 0;
        for (var caller = request.Caller; caller is not null && depth < 128; caller = caller.Caller, depth++)
        {
            if (ReferenceEquals(caller.Target, this) || (caller.RemoteChain is { } chain && chain.Contains(GrainId)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsIdleLocked()
        => QueuedLocked() == 0 && (_running?.Count ?? 0) == 0 && (_continuations?.Count ?? 0) == 0;

    private int QueuedLocked() => (_inbox?.Count ?? 0) + (_interleaved?.Count ?? 0);

    private void EnsureScheduled()
    {
        lock (_lock)
        {
            if (_scheduled)
            {
                return;
            }

            _scheduled = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    public override string ToString() => $"activation {GrainId}";
}
