using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>One exposure (key: the exposure id): its window, its recipients spread over mail outboxes, and a
/// durable reminder that keeps the outboxes sending until every warning is out, across restarts.</summary>
[Alias("checkin.IExposureGrain")]
public interface IExposureGrain : IGrainWithStringKey
{
    /// <summary>Selects the recipients and queues their warnings (idempotent: a second call returns the first
    /// answer with <see cref="ExposureReceipt.IsNew"/> false and queues nothing twice).</summary>
    Task<ExposureReceipt> Start(ExposureRequest request);

    /// <summary>Recipients and sent/failed counts. Fails with <see cref="CheckInErrorCodes.UnknownExposure"/> for an
    /// id never reported.</summary>
    [ReadOnly]
    Task<ExposureProgress> GetProgress();
}
