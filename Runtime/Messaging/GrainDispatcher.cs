using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Invocation;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Messaging;

/// <summary>Delivers requests from grain references to activations in this silo: finds or creates the
/// target's activation, queues the request there, and turns refusals into the caller's exception.</summary>
internal sealed partial class GrainDispatcher(Catalog catalog, TimeProvider time, ILogger<GrainDispatcher> logger) : GrainReferenceRuntime
{
    private volatile bool _stopped;

    /// <summary>In a cluster: decides, before the catalog, whether a grain's delivery runs here or elsewhere.</summary>
    internal Placement.ClusterRouter? Router { get; set; }

    /// <summary>Refuses new calls from outside the silo's grains (shutdown).</summary>
    public void Stop() => _stopped = true;

    internal override void Send(GrainReference target, IInvokable request)
    {
        var caller = CallContext.CurrentCaller;
        request.Caller = caller;
        request.SentTimestamp = time.GetTimestamp();
        if (_stopped && caller is null)
        {
            request.Fail(new InvalidOperationException("The silo is shutting down and accepts no new calls."));
            return;
        }

        var cached = target.CachedTarget as ActivationData;
        Deliver(target.GrainId, request, target, cached);
    }

    /// <summary>Delivers a request again, after the activation it was queued at deactivated.</summary>
    public void Redeliver(GrainId grainId, IInvokable request) => Deliver(grainId, request, reference: null, cached: null);

    /// <summary>Delivers a request that arrived from another process.</summary>
    public void DeliverFromNetwork(GrainId grainId, IInvokable request)
    {
        if (_stopped)
        {
            request.Fail(new SiloUnavailableException("The silo is shutting down and accepts no new calls."));
            return;
        }

        Deliver(grainId, request, reference: null, cached: null);
    }

    /// <summary>Delivers a request the runtime itself sends (reminder ticks).</summary>
    public void DeliverSystem(GrainId grainId, IInvokable request)
    {
        request.SentTimestamp = time.GetTimestamp();
        Deliver(grainId, request, reference: null, cached: null);
    }

    private void Deliver(GrainId grainId, IInvokable request, GrainReference? reference, ActivationData? cached)
    {
        for (var attempt = 0; ; attempt++)
        {
            ActivationData activation;
            try
            {
                if (cached is null && Router is { } router && router.TryTakeOver(grainId, request))
                {
                    if (reference is not null)
                    {
                        reference.CachedTarget = null;
                    }

                    return;
                }

                activation = cached ?? catalog.GetOrCreate(grainId);
            }
            catch (Exception exception)
            {
                request.Fail(exception);
                return;
            }

            cached = null;
            switch (activation.TryEnqueue(request))
            {
                case EnqueueResult.Enqueued:
                    if (reference is not null && activation.ClassInfo.StatelessWorkerMax == 0)
                    {
                        reference.CachedTarget = activation;
                    }

                    return;

                case EnqueueResult.Overloaded:
                    activation.Services.Metrics.OnRejected(activation);
                    request.Fail(new GrainOverloadedException(grainId, activation.Services.Options.MaxQueueLength));
                    return;

                case EnqueueResult.Gone:
                    if (reference is not null)
                    {
                        reference.CachedTarget = null;
                    }

                    if (activation.Status == ActivationStatus.Deactivating)
                    {
                        // Its successor may only start after it has finished deactivating.
                        activation.WhenDeactivated().ContinueWith(
                            static (_, state) =>
                            {
                                var (dispatcher, id, invokable) = ((GrainDispatcher, GrainId, IInvokable))state!;
                                dispatcher.Redeliver(id, invokable);
                            },
                            (this, grainId, request),
                            CancellationToken.None,
                            TaskContinuationOptions.ExecuteSynchronously,
                            TaskScheduler.Default);
                        return;
                    }

                    // Invalid: make sure the catalog forgets it, then find or create the successor.
                    catalog.Remove(activation);
                    if (attempt > 100)
                    {
                        LogRedeliveryLoop(logger, grainId);
                        request.Fail(new InvalidOperationException($"Could not deliver to grain {grainId}: its activations keep disappearing."));
                        return;
                    }

                    break;
            }
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "Gave up delivering to {GrainId} after repeated deactivations")]
    private static partial void LogRedeliveryLoop(ILogger logger, GrainId grainId);
}
