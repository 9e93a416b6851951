namespace CheckIn.WebFront.Booking.WaitingRoom;

/// <summary>The API's answer about a place in the waiting room.</summary>
/// <param name="Active">False when no admission is needed now (waiting room off, or outside the opening minutes).</param>
/// <param name="Position">The arrival position.</param>
/// <param name="Admitted">True when the holder may sign in and book.</param>
/// <param name="AdmittedThrough">The highest position admitted so far.</param>
/// <param name="EstimatedWaitSeconds">Seconds until admission at the configured rate.</param>
/// <param name="RetryAfterSeconds">When to ask again.</param>
/// <param name="Ticket">Send it in <c>X-Waiting-Room-Ticket</c> to ask again.</param>
/// <param name="AdmissionToken">Send it in <c>X-Admission-Token</c> with sign-in and reservation requests.</param>
/// <param name="AdmissionExpiresAt">When the admission expires.</param>
public sealed record WaitingRoomResponse(
    bool Active,
    long? Position,
    bool Admitted,
    long AdmittedThrough,
    int EstimatedWaitSeconds,
    int RetryAfterSeconds,
    string? Ticket,
    string? AdmissionToken,
    DateTimeOffset? AdmissionExpiresAt);
