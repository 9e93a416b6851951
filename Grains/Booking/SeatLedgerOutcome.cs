namespace CheckIn.Grains.Booking;

/// <summary>What an operation on a <see cref="SeatLedger"/> did.</summary>
internal enum SeatLedgerOutcome
{
    /// <summary>A new hold.</summary>
    Held,

    /// <summary>The reservation already had a hold: the same one is returned.</summary>
    AlreadyHeld,

    /// <summary>The reservation is already a record: nothing changed.</summary>
    AlreadyReserved,

    /// <summary>A hold became a record, or an expired hold's seat was taken again.</summary>
    Confirmed,

    /// <summary>No free seat.</summary>
    Full,

    /// <summary>The reservation id belongs to a cancelled record and cannot come back.</summary>
    Finished,

    /// <summary>A hold was dropped.</summary>
    ReleasedHold,

    /// <summary>An active record was cancelled.</summary>
    Cancelled,

    /// <summary>The record was already cancelled.</summary>
    AlreadyCancelled,

    /// <summary>Nothing with this id or code.</summary>
    NotFound,

    /// <summary>Attendance was recorded.</summary>
    Attended,

    /// <summary>The record was attended already: nothing changed.</summary>
    AlreadyAttended,
}
