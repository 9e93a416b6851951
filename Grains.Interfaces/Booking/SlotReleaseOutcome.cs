namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>What releasing a reservation's seat did.</summary>
[GenerateSerializer, Alias("checkin.SlotReleaseOutcome")]
public enum SlotReleaseOutcome
{
    /// <summary>The hold or the reservation is gone (or was already): the seat is free.</summary>
    Released,

    /// <summary>The slot never had it.</summary>
    NotFound,

    /// <summary>The reservation was attended; nothing changed.</summary>
    AlreadyAttended,
}
