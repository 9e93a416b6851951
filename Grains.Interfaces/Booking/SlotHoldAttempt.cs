namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>What <see cref="ISlotGrain.TryHold"/> answers: the hold, or why there is none.</summary>
/// <param name="Hold">The seat held, when one was.</param>
/// <param name="Refusal">Why no seat was held, otherwise.</param>
[GenerateSerializer, Immutable, Alias("checkin.SlotHoldAttempt")]
public sealed record SlotHoldAttempt(SlotHold? Hold, BookingRefusal? Refusal)
{
    /// <summary>The hold, or the refusal thrown as a <see cref="BookingException"/>.</summary>
    public SlotHold HoldOrThrow() => Hold ?? throw Refusal!.ToException();
}
