using CheckIn.Benchmarks.Burst;

namespace CheckIn.Benchmarks.Faults;

/// <summary>The stampede a fault is injected into: <see cref="Residents"/> residents arriving at
/// <see cref="ArrivalsPerSecond"/> (open loop, so the burst lasts long enough to span the fault), each booking one of
/// <see cref="Slots"/> slots of <see cref="Capacity"/> seats (up to <see cref="AttemptsPerResident"/> slots while
/// refused with <c>slot_full</c>), at most <see cref="Concurrency"/> at a time. The fault is injected once
/// <see cref="AcknowledgedBeforeFault"/> bookings were acknowledged; a stopped dependency stays down at least
/// <see cref="Downtime"/>.</summary>
internal sealed record FaultSettings(
    int Residents,
    int Slots,
    int Capacity,
    int AttemptsPerResident,
    int Concurrency,
    double ArrivalsPerSecond,
    int AcknowledgedBeforeFault,
    TimeSpan Downtime)
{
    /// <summary>The booking answers a retrying resident waits for at most, from the opening on; past it the
    /// resident gives up (counted).</summary>
    public TimeSpan RunDeadline => TimeSpan.FromSeconds(Residents / ArrivalsPerSecond) + TimeSpan.FromSeconds(90);

    public StampedeSettings Stampede => new(Residents, Slots, Capacity, AttemptsPerResident, Concurrency);

    public string Describe() =>
        $"R={Residents:N0} arriving at {ArrivalsPerSecond:N0}/s, S={Slots:N0}, C={Capacity:N0} ({Slots * Capacity:N0} seats), k={AttemptsPerResident}, "
        + $"client concurrency {Concurrency}, fault after {AcknowledgedBeforeFault:N0} acknowledged, downtime {Downtime.TotalSeconds:0.#} s";

    public void Validate()
    {
        Stampede.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ArrivalsPerSecond, 0, nameof(ArrivalsPerSecond));
        ArgumentOutOfRangeException.ThrowIfLessThan(AcknowledgedBeforeFault, 1, nameof(AcknowledgedBeforeFault));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(AcknowledgedBeforeFault, Math.Min(Residents, Slots * Capacity), nameof(AcknowledgedBeforeFault));
        ArgumentOutOfRangeException.ThrowIfLessThan(Downtime, TimeSpan.Zero, nameof(Downtime));
    }
}
