using Orleans.Concurrency;

namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A resident of a campaign (key: <see cref="BookingKeys.Resident"/>, a random id). It holds
/// its reservations and nothing else: no name, voucher number or birth date. It is the authority on
/// whether a dose series exists.</summary>
[Alias("checkin.IResidentGrain")]
public interface IResidentGrain : IGrainWithStringKey
{
    /// <summary>Books dose 1 in the slot and dose 2 after the campaign's interval: the same site and time,
    /// else the nearest free slot that day at that site, else nothing at all. Both reservations are durable
    /// when this returns. Refusals: <c>not_open</c>, <c>slot_full</c>, <c>already_booked</c>,
    /// <c>second_dose_unavailable</c>, <c>dose2_not_alone</c>, <c>idempotency_key_reused</c>,
    /// <c>unknown_slot</c>, <c>slot_closed</c>. The same Idempotency-Key again returns the first answer.</summary>
    Task<BookingResult> Book(BookingRequest request);

    /// <summary><see cref="Book"/> with the refusals returned instead of thrown: the web front's way, since most
    /// requests of an opening-day stampede are refused and a thrown exception costs far more than the booking.</summary>
    Task<BookingAttempt> TryBook(BookingRequest request);

    /// <summary>Cancels a dose-1 reservation and its dose 2; the seats become free. Refusals:
    /// <c>unknown_reservation</c>, <c>dose2_not_alone</c> (a dose-2 id), <c>already_attended</c>,
    /// <c>cancel_too_late</c>. Cancelling twice is harmless.</summary>
    Task Cancel(string reservationId);

    /// <summary>The resident's reservations, active and cancelled, newest series first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ResidentReservation>> GetReservations();

    /// <summary>A slot asks which state of one of its records is true. The resident answers from its
    /// stored state and completes a cancellation a slot has already applied.</summary>
    Task<ReservationStatus> Reconcile(ReconcileRequest request);
}
