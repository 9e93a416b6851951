using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A slot (key: <see cref="BookingKeys.Slot"/>). It owns its seats: it alone decides, one turn
/// at a time, whether a seat is free, so it never holds more reservations than its capacity. A booking
/// holds a seat (memory, expiring), then confirms it (durable); a confirmed record stays "unsettled"
/// until the resident's side has stored the same outcome, and the slot reconciles unsettled records with
/// the resident when its campaign's register of unsettled slots (<see cref="IUnsettledSlotsGrain"/>) asks, on a
/// durable reminder, so a failure between the two never leaves a seat held.</summary>
[Alias("checkin.ISlotGrain")]
public interface ISlotGrain : IGrainWithStringKey
{
    /// <summary>Stores the slot's definition (the campaign calls this). The same definition again is
    /// harmless; another capacity is refused with <c>slot_exists</c>.</summary>
    Task Define(SlotInfo slot);

    /// <summary>Holds a seat for a reservation. Refusals: <c>unknown_slot</c>, <c>not_open</c> (before the
    /// campaign's opening time), <c>slot_closed</c> (the slot has started), <c>slot_full</c>. Holding the
    /// same reservation again returns the same hold.</summary>
    Task<SlotHold> Hold(SlotHoldRequest request);

    /// <summary><see cref="Hold"/> with the refusals returned instead of thrown (the booking path's cheap way).</summary>
    Task<SlotHoldAttempt> TryHold(SlotHoldRequest request);

    /// <summary>Makes a held seat a durable reservation; completes when it is stored. If the hold has
    /// expired the seat is taken again if one is free (with the same attendance code), else
    /// <c>slot_full</c>. Confirming twice is harmless.</summary>
    Task Confirm(SlotHoldRequest request, string attendanceCode);

    /// <summary>Frees the seat of a hold or a reservation (durably for a reservation). Attended
    /// reservations stay. Releasing twice is harmless.</summary>
    Task<SlotReleaseOutcome> Release(string reservationId);

    /// <summary>The resident's side has stored the outcome of this reservation: the record needs no
    /// reconciliation any more.</summary>
    [OneWay]
    Task Settle(string reservationId);

    /// <summary>Records attendance with the reservation's one-time code, from the slot's local date on.
    /// Refusals: <c>unknown_code</c> (no active reservation has it), <c>already_attended</c>,
    /// <c>attendance_not_open</c> (before the slot's date).</summary>
    Task<AttendanceRecord> RecordAttendance(string attendanceCode);

    /// <summary>Seats booked, held, attended, no-shows.</summary>
    [ReadOnly]
    Task<SlotSummary> GetSummary();

    /// <summary>The slot's free seats, for the availability board.</summary>
    [ReadOnly]
    Task<SlotAvailability> GetAvailability();

    /// <summary>The slot's reservation records (random ids only).</summary>
    [ReadOnly]
    Task<IReadOnlyList<SlotReservationView>> GetReservations();

    /// <summary>Reconciles the unsettled records older than <c>Booking:SettleAfter</c> (the campaign's register of
    /// unsettled slots calls this on its reminder); returns how many records are still unsettled or about to be
    /// (0: the slot may leave the register).</summary>
    Task<int> ReconcileDue();

    /// <summary>Reconciles unsettled records now instead of waiting for the reminder (operations, tests);
    /// returns how many records it had to correct (a seat freed because the resident never stored it).</summary>
    Task<int> ReconcileNow();
}
