using CheckIn.Runtime.Invocation;

namespace CheckIn.Runtime.Activation;

/// <summary>Activation and deactivation. Both run as turns of the activation, so the grain's
/// OnActivateAsync and OnDeactivateAsync follow the same one-thread rule as its methods.</summary>
internal sealed partial class ActivationData
{
    private GrainLifecycle? _lifecycle;

    /// <summary>The per-activation parts the grain registered: states, timers. Created with the grain.</summary>
    public GrainLifecycle Lifecycle => _lifecycle ??= new GrainLifecycle();

    private async Task ActivateAsync()
    {
        try
        {
            GrainInstance = ClassInfo.CreateInstance(this);
            await Lifecycle.LoadStatesAsync().ConfigureAwait(true);
            if (GrainInstance is Grain grain)
            {
                using var cancellation = new CancellationTokenSource(_services.Options.ActivationTimeout, _services.Time);
                await grain.OnActivateAsync(cancellation.Token).ConfigureAwait(true);
            }
        }
        catch (Exception exception)
        {
            LogActivationFailed(_services.Logger, GrainId, exception);
            FailActivation(exception);
            return;
        }

        lock (_lock)
        {
            _status = ActivationStatus.Valid;
            _lastActiveTimestamp = _services.Time.GetTimestamp();
        }

        _services.Metrics.OnActivated(this);
    }

    private void FailActivation(Exception exception)
    {
        List<IInvokable> pending;
        TaskCompletionSource? deactivated;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            pending = DrainQueuesLocked();
            deactivated = _deactivated;
        }

        _services.Catalog.Remove(this);
        Lifecycle.StopTimers();
        var failure = new GrainActivationException($"Grain {GrainId} failed to activate: {exception.Message}", exception);
        foreach (var request in pending)
        {
            request.Fail(failure);
        }

        deactivated?.TrySetResult();
    }

    private async Task DeactivateAsync()
    {
        DeactivationReason reason;
        lock (_lock)
        {
            reason = _deactivationRequest ?? DeactivationReason.Requested;
        }

        Lifecycle.StopTimers();
        if (GrainInstance is Grain grain)
        {
            try
            {
                using var cancellation = new CancellationTokenSource(_services.Options.DeactivationTimeout, _services.Time);
                await grain.OnDeactivateAsync(reason, cancellation.Token).ConfigureAwait(true);
            }
            catch (Exception exception)
            {
                LogDeactivationFailed(_services.Logger, GrainId, exception);
            }
        }

        List<IInvokable> leftovers;
        TaskCompletionSource? deactivated;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            leftovers = DrainQueuesLocked();
            deactivated = _deactivated;
        }

        _services.Catalog.Remove(this);
        _services.Metrics.OnDeactivated(this);
        LogDeactivated(_services.Logger, GrainId, reason);

        // Messages that arrived while the grain was finishing go to its next activation, in order.
        foreach (var request in leftovers)
        {
            _services.Dispatcher.Redeliver(GrainId, request);
        }

        deactivated?.TrySetResult();
    }

    private List<IInvokable> DrainQueuesLocked()
    {
        var drained = new List<IInvokable>((_interleaved?.Count ?? 0) + (_inbox?.Count ?? 0));
        while (_interleaved is { Count: > 0 })
        {
            drained.Add(_interleaved.Dequeue());
        }

        while (_inbox is { Count: > 0 })
        {
            drained.Add(_inbox.Dequeue());
        }

        return drained;
    }
}
