namespace CheckIn.WebFront.Booking.WaitingRoom;

/// <summary>Where a visitor stands in a campaign's waiting room.</summary>
/// <param name="Active">False when the waiting room is off or outside the opening minutes: no admission is needed.</param>
/// <param name="Position">The visitor's arrival position, from 1 (null when not active).</param>
/// <param name="Admitted">True when the visitor may go on to sign in and book.</param>
/// <param name="AdmittedThrough">The highest position admitted so far.</param>
/// <param name="EstimatedWait">How long until admission at the configured rate; zero once admitted.</param>
/// <param name="Ticket">The signed ticket that keeps the visitor's place (send it again to ask).</param>
/// <param name="AdmissionToken">The signed admission, once admitted.</param>
/// <param name="AdmissionExpiresAt">When the admission stops being accepted.</param>
public sealed record WaitingRoomPass(
    bool Active,
    long? Position,
    bool Admitted,
    long AdmittedThrough,
    TimeSpan EstimatedWait,
    string? Ticket,
    string? AdmissionToken,
    DateTimeOffset? AdmissionExpiresAt);
