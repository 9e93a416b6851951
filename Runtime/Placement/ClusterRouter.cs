using System.Collections.Concurrent;
using CheckIn.Runtime.Activation;
using CheckIn.Runtime.Hosting;
using CheckIn.Runtime.Invocation;
using CheckIn.Runtime.Membership;
using CheckIn.Runtime.Messaging;
using CheckIn.Runtime.Networking;
using Microsoft.Extensions.Logging;

namespace CheckIn.Runtime.Placement;

/// <summary>The grain directory of a clustered silo, without a directory: the owner of a grain is the silo the
/// consistent hash ring of the current membership version names. A delivery for a grain owned elsewhere is
/// forwarded to its owner; a delivery for a grain owned here runs here, but a new activation is created only
/// while this silo holds its heartbeat lease and the view is settled (<see cref="ClusterView.IsSettled"/>).
/// Deliveries that cannot go anywhere yet wait for the next refresh of the membership. When the membership
/// changes, the activations this silo no longer owns are deactivated (their state written by their own code),
/// and only then does the silo acknowledge the version, which lets the new owners activate them.</summary>
internal sealed partial class ClusterRouter(
    MembershipService membership,
    GrainDispatcher dispatcher,
    Catalog catalog,
    GrainClassRegistry registry,
    ClusterOptions options,
    SiloOptions siloOptions,
    TimeProvider time,
    ILogger logger) : IIncomingRequestHandler
{
    /// <summary>Forwarding more often than this means the silos disagree on the owner: wait for a refresh instead.</summary>
    private const int MaxHops = 3;

    private readonly ConcurrentQueue<(GrainId GrainId, IInvokable Request)> _parked = new();
    private ConnectionManager? _connections;
    private long _handoffVersion;

    /// <summary>Raised when a membership change may have moved grains here or away (reminders reload on it).</summary>
    public event Action? OwnershipChanged;

    public void Attach(ConnectionManager connections) => _connections = connections;

    /// <summary>True when this silo owns <paramref name="grainId"/> under its current view.</summary>
    public bool Owns(GrainId grainId) => membership.View is { } view && view.Owns(grainId);

    public void OnRequest(GrainId grainId, IInvokable request) => dispatcher.DeliverFromNetwork(grainId, request);

    /// <summary>Decides where a delivery goes. False: deliver to the local catalog. True: the router took it
    /// (forwarded it, parked it until the next refresh, or failed it).</summary>
    public bool TryTakeOver(GrainId grainId, IInvokable request)
    {
        if (IsStatelessWorker(grainId))
        {
            return false;
        }

        if (membership.IsDeclaredDead)
        {
            request.Fail(new SiloUnavailableException($"Silo {membership.Self} was declared dead and is stopping."));
            return true;
        }

        var view = membership.View;
        var owner = view?.Ring.Owner(grainId);
        if (view is null || owner is null)
        {
            Park(grainId, request);
            return true;
        }

        if (owner == membership.Self)
        {
            if (membership.HasLease && (view.IsSettled || catalog.Find(grainId) is not null))
            {
                return false;
            }

            Park(grainId, request);
            return true;
        }

        if (request.WireName is null)
        {
            // A runtime message (a reminder tick) for a grain that moved: its new owner fires its own.
            request.Fail(new SiloUnavailableException($"Grain {grainId} is owned by silo {owner}."));
            return true;
        }

        if (request.Hops >= MaxHops)
        {
            Park(grainId, request);
            return true;
        }

        request.Hops++;
        _connections!.Send(owner, grainId, request);
        return true;
    }

    /// <summary>After each read of the membership table: hand off what moved away, retry parked deliveries.</summary>
    public void OnRefreshed(ClusterView view, bool changed)
    {
        if (changed)
        {
            Volatile.Write(ref _handoffVersion, view.Version);
            _ = HandOffAsync(view);
            OwnershipChanged?.Invoke();
        }

        DrainParked();
    }

    /// <summary>Completes when this silo has released what it does not own under the current view, or after the hand-off timeout.</summary>
    public async Task WaitForHandoffAsync(CancellationToken cancellationToken)
    {
        var deadline = time.GetTimestamp() + (long)(options.HandoffTimeout.TotalSeconds * time.TimestampFrequency);
        while (time.GetTimestamp() < deadline && HasActivationsItDoesNotOwn())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Fails every parked delivery (the silo is stopping).</summary>
    public void FailParked(Exception failure)
    {
        while (_parked.TryDequeue(out var parked))
        {
            parked.Request.Fail(failure);
        }
    }

    private bool IsStatelessWorker(GrainId grainId)
    {
        try
        {
            return registry.GetByGrainType(grainId.Type).StatelessWorkerMax > 0;
        }
        catch (InvalidOperationException)
        {
            return false; // Unknown type: the catalog reports it to the caller.
        }
    }

    private bool HasActivationsItDoesNotOwn()
    {
        var view = membership.View;
        return view is not null && catalog.Snapshot().Any(a => a.ClassInfo.StatelessWorkerMax == 0 && !view.Owns(a.GrainId));
    }

    private async Task HandOffAsync(ClusterView view)
    {
        var deadline = time.GetTimestamp() + (long)(options.HandoffTimeout.TotalSeconds * time.TimestampFrequency);
        var released = 0;
        while (Volatile.Read(ref _handoffVersion) == view.Version)
        {
            var lost = catalog.Snapshot().Where(a => a.ClassInfo.StatelessWorkerMax == 0 && !view.Owns(a.GrainId)).ToList();
            if (lost.Count == 0)
            {
                break;
            }

            foreach (var activation in lost)
            {
                if (activation.TryRequestDeactivation(DeactivationReason.PlacementChanged))
                {
                    released++;
                }
            }

            if (time.GetTimestamp() > deadline)
            {
                LogHandoffTimedOut(logger, view.Version, lost.Count);
                break;
            }

            await Task.WhenAny(Task.WhenAll(lost.Select(static a => a.WhenDeactivated())), Task.Delay(TimeSpan.FromMilliseconds(50), time)).ConfigureAwait(false);
        }

        if (Volatile.Read(ref _handoffVersion) == view.Version)
        {
            if (released > 0)
            {
                LogHandedOff(logger, released, view.Version);
            }

            membership.Acknowledge(view.Version);
        }
    }

    private void Park(GrainId grainId, IInvokable request) => _parked.Enqueue((grainId, request));

    private void DrainParked()
    {
        var timeoutTicks = (long)(siloOptions.CallTimeout.TotalSeconds * time.TimestampFrequency);
        var now = time.GetTimestamp();
        for (var count = _parked.Count; count > 0 && _parked.TryDequeue(out var parked); count--)
        {
            var request = parked.Request;
            if (request.IsAnswered)
            {
                continue;
            }

            if (now - request.SentTimestamp >= timeoutTicks)
            {
                request.Fail(new GrainCallTimeoutException($"Call {request.MethodName} to {parked.GrainId} timed out while the cluster was changing."));
                continue;
            }

            request.Hops = 0;
            dispatcher.Redeliver(parked.GrainId, request);
        }
    }

    [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "Handed off {Count} activations for membership version {Version}")]
    private static partial void LogHandedOff(ILogger logger, int count, long version);

    [LoggerMessage(EventId = 521, Level = LogLevel.Warning, Message = "Hand-off for membership version {Version} timed out with {Remaining} activations still deactivating")]
    private static partial void LogHandoffTimedOut(ILogger logger, long version, int remaining);
}
