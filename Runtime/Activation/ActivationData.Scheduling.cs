using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Activation;

/// <summary>The turn scheduler: one thread-pool work item per activation drains its continuations and
/// starts queued messages when the turn rules allow it.</summary>
internal sealed partial class ActivationData
{
    /// <summary>Work items run per thread-pool dispatch before yielding the thread to other activations.</summary>
    private const int WorkItemsPerDispatch = 64;

    private enum WorkKind
    {
        None,
        Continuation,
        Request,
        Activate,
        Deactivate,
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        bool schedule;
        lock (_lock)
        {
            (_continuations ??= new Queue<Continuation>()).Enqueue(new Continuation(d, state));
            schedule = !_scheduled;
            _scheduled = true;
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state)
        => throw new NotSupportedException("Grain code cannot block on its own activation's context.");

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    /// <inheritdoc />
    public void Execute()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            for (var i = 0; i < WorkItemsPerDispatch; i++)
            {
                WorkKind kind;
                Continuation continuation;
                IInvokable? request;
                lock (_lock)
                {
                    kind = TakeWorkLocked(out continuation, out request);
                    if (kind == WorkKind.None)
                    {
                        _scheduled = false;
                        return;
                    }
                }

                Run(kind, continuation, request);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        // Still scheduled: yield the thread so one busy activation cannot starve the others.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    private WorkKind TakeWorkLocked(out Continuation continuation, out IInvokable? request)
    {
        request = null;
        if (_continuations is { Count: > 0 })
        {
            continuation = _continuations.Dequeue();
            return WorkKind.Continuation;
        }

        continuation = default;
        switch (_status)
        {
            case ActivationStatus.Created:
                _status = ActivationStatus.Activating;
                return WorkKind.Activate;

            case ActivationStatus.Valid:
                if (_interleaved is { Count: > 0 })
                {
                    request = _interleaved.Dequeue();
                    StartRunningLocked(request, exclusive: false);
                    return WorkKind.Request;
                }

                if (_deactivationRequest is null && _inbox is { Count: > 0 } && CanStartLocked(_inbox.Peek()))
                {
                    request = _inbox.Dequeue();
                    StartRunningLocked(request, exclusive: !ClassInfo.IsReentrant && (request.Flags & InvokeFlags.ReadOnly) == 0);
                    return WorkKind.Request;
                }

                if (_deactivationRequest is not null && (_running?.Count ?? 0) == 0)
                {
                    _status = ActivationStatus.Deactivating;
                    return WorkKind.Deactivate;
                }

                return WorkKind.None;

            default:
                return WorkKind.None;
        }
    }

    private bool CanStartLocked(IInvokable request)
    {
        if ((_running?.Count ?? 0) == 0 || ClassInfo.IsReentrant)
        {
            return true;
        }

        return (request.Flags & InvokeFlags.ReadOnly) != 0 && _runningWriters == 0;
    }

    /// <param name="request">The request that starts now.</param>
    /// <param name="exclusive">True for a request that runs alone in a non-reentrant grain: it becomes
    /// <see cref="ExclusiveRequest"/>, and its outgoing calls find their caller through the activation
    /// instead of an AsyncLocal.</param>
    private void StartRunningLocked(IInvokable request, bool exclusive)
    {
        (_running ??= new List<IInvokable>(1)).Add(request);
        if (exclusive)
        {
            _exclusiveRequest = request;
        }

        if ((request.Flags & InvokeFlags.ReadOnly) == 0)
        {
            _runningWriters++;
        }
    }

    private void Run(WorkKind kind, Continuation continuation, IInvokable? request)
    {
        switch (kind)
        {
            case WorkKind.Continuation:
                try
                {
                    continuation.Callback(continuation.State);
                }
                catch (Exception exception)
                {
                    // Only an async void method or a broken awaiter can throw here: the grain's own
                    // awaits deliver exceptions through their tasks.
                    LogContinuationFailed(_services.Logger, GrainId, exception);
                }

                break;

            case WorkKind.Request:
                if (request!.IsAnswered)
                {
                    // Timed out while queued: the caller has its answer and the grain never sees it.
                    OnRequestCompleted(request, failure: null);
                    break;
                }

                request.Start(this, GrainInstance!, flowCallContext: !ReferenceEquals(request, _exclusiveRequest));
                break;

            case WorkKind.Activate:
                _ = ActivateAsync();
                break;

            case WorkKind.Deactivate:
                _ = DeactivateAsync();
                break;
        }
    }

    private readonly record struct Continuation(SendOrPostCallback Callback, object? State);
}
