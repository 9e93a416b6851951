using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces;
using Microsoft.Extensions.Logging;

namespace CheckIn.Grains.Booking;

/// <summary>A resident of a campaign: its dose series, nothing personal. It books as a small saga:
/// hold dose 1, hold dose 2, confirm both (durable, unsettled at the slots), then store the series here,
/// the commit point, and settle the slots. Any failure before the commit releases what was taken; a crash
/// leaves only unsettled records, which their slots reconcile with this grain's stored state.</summary>
public sealed partial class ResidentGrain(
    [PersistentState("resident")] IPersistentState<ResidentState> state,
    ILogger<ResidentGrain> logger,
    TimeProvider timeProvider) : Grain, IResidentGrain
{
    private const int MaxIdempotencyKeyLength = 200;

    private string _campaignId = "";
    private string _residentId = "";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_campaignId, _residentId) = BookingKeys.Split(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task<BookingResult> Book(BookingRequest request) => (await TryBook(request)).BookedOrThrow();

    public async Task<BookingAttempt> TryBook(BookingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.SlotId) || request.SlotId.Contains('/', StringComparison.Ordinal))
        {
            return Refused(BookingErrorCodes.InvalidRequest, "Name a slot.");
        }

        if (request.Dose != 1)
        {
            return Refused(BookingErrorCodes.Dose2NotAlone, "Dose 2 is booked together with dose 1: book dose 1 and dose 2 comes with it.");
        }

        if (request.IdempotencyKey is { } key)
        {
            if (key.Length is 0 or > MaxIdempotencyKeyLength)
            {
                return Refused(BookingErrorCodes.InvalidRequest, $"An Idempotency-Key has 1 to {MaxIdempotencyKeyLength} characters.");
            }

            if (state.State.Series.Find(s => s.IdempotencyKey == key) is { } first)
            {
                return first.RequestedSlotId == request.SlotId
                    ? new BookingAttempt(Result(first), null)
                    : Refused(BookingErrorCodes.IdempotencyKeyReused, "This Idempotency-Key was used for another slot.");
            }
        }

        if (state.State.Series.Any(static s => s.Status == ReservationStatus.Active))
        {
            return Refused(BookingErrorCodes.AlreadyBooked, "You already have an active booking; cancel it to book another.");
        }

        var seriesId = BookingIds.NewSeriesId();
        var first1 = new SlotHoldRequest(BookingIds.NewReservationId(), seriesId, _residentId, 1);
        var slot1 = Slot(request.SlotId);
        var attempt1 = await slot1.TryHold(first1);
        if (attempt1.Refusal is { } refusal1)
        {
            return new BookingAttempt(null, refusal1);
        }

        var hold1 = attempt1.Hold!;
        var taken = new List<(ISlotGrain Slot, string ReservationId)> { (slot1, first1.ReservationId) };
        ReservationInfo? second = null;
        try
        {
            // Both seats are held before either is confirmed: a booking that fails at dose 2 writes nothing.
            Task confirm2 = Task.CompletedTask;
            if (hold1.Gate.DoseIntervalDays > 0)
            {
                if (await HoldSecondDoseAsync(hold1, seriesId) is not var (slot2, request2, hold2))
                {
                    await ReleaseAsync(taken);
                    var date = DoseTwoPlanner.DateOf(hold1.Slot, hold1.Gate.DoseIntervalDays);
                    return Refused(
                        BookingErrorCodes.SecondDoseUnavailable,
                        $"There is no free slot for dose 2 on {date:yyyy-MM-dd} at this site, so nothing was booked; choose another dose-1 slot.");
                }

                taken.Add((slot2, request2.ReservationId));
                second = Info(request2.ReservationId, hold2, 2);
                confirm2 = slot2.Confirm(request2, hold2.AttendanceCode);
            }

            await Task.WhenAll(slot1.Confirm(first1, hold1.AttendanceCode), confirm2);
        }
        catch (Exception)
        {
            await ReleaseAsync(taken);
            throw;
        }

        var series = new SeriesRecord
        {
            SeriesId = seriesId,
            Status = ReservationStatus.Active,
            RequestedSlotId = request.SlotId,
            IdempotencyKey = request.IdempotencyKey,
            BookedAt = timeProvider.GetUtcNow(),
            FirstDose = Info(first1.ReservationId, hold1, 1),
            SecondDose = second,
        };
        state.State.Series.Add(series);

        // The commit point. If this write fails its outcome is unknown: the grain reloads, and the slots'
        // unsettled records follow whatever storage holds when they reconcile. No release here.
        await StateWrites.WriteAsync(state, DeactivateOnIdle, "The booking");
        SettleAll(taken);
        return new BookingAttempt(Result(series), null);

        static BookingAttempt Refused(string code, string message) => new(null, new BookingRefusal(code, message));
    }

    public async Task Cancel(string reservationId)
    {
        if (string.IsNullOrWhiteSpace(reservationId))
        {
            throw new BookingException(BookingErrorCodes.UnknownReservation, "Name a reservation.");
        }

        if (state.State.Series.Any(s => s.SecondDose?.ReservationId == reservationId))
        {
            throw new BookingException(BookingErrorCodes.Dose2NotAlone, "Dose 2 is cancelled together with dose 1: cancel the dose-1 reservation.");
        }

        var series = state.State.Series.Find(s => s.FirstDose.ReservationId == reservationId)
            ?? throw new BookingException(BookingErrorCodes.UnknownReservation, "You have no reservation with this id.");
        if (series.Status == ReservationStatus.Cancelled)
        {
            return;
        }

        if (timeProvider.GetUtcNow() >= series.FirstDose.Start)
        {
            throw new BookingException(BookingErrorCodes.CancelTooLate, "The dose-1 appointment has begun; it can no longer be cancelled here.");
        }

        await CancelSeriesAsync(series, refuseIfAttended: true);
    }

    public Task<IReadOnlyList<ResidentReservation>> GetReservations()
    {
        var list = new List<ResidentReservation>();
        foreach (var series in state.State.Series.OrderByDescending(static s => s.BookedAt))
        {
            list.Add(new ResidentReservation(series.FirstDose, series.SeriesId, series.Status, series.SecondDose?.ReservationId));
            if (series.SecondDose is { } second)
            {
                list.Add(new ResidentReservation(second, series.SeriesId, series.Status, series.FirstDose.ReservationId));
            }
        }

        return Task.FromResult<IReadOnlyList<ResidentReservation>>(list);
    }

    public async Task<ReservationStatus> Reconcile(ReconcileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var series = state.State.Series.Find(s => s.SeriesId == request.SeriesId);
        if (series is null
            || series.Status == ReservationStatus.Cancelled
            || (series.FirstDose.ReservationId != request.ReservationId && series.SecondDose?.ReservationId != request.ReservationId))
        {
            // Never stored here (a booking that failed or died before its commit point) or cancelled.
            return ReservationStatus.Cancelled;
        }

        if (request.SlotStatus == ReservationStatus.Active)
        {
            return ReservationStatus.Active;
        }

        // The slot cancelled first and the cancellation stopped before it was stored here: finish it.
        await CancelSeriesAsync(series, refuseIfAttended: false);
        return ReservationStatus.Cancelled;
    }

    /// <summary>Releases the slots, dose 1 first (an attended dose 1 stops the cancellation before anything
    /// changed), then stores the cancellation and settles the slots. A failure part-way leaves the
    /// released records unsettled: their reconciliation comes back here and finishes the job.</summary>
    private async Task CancelSeriesAsync(SeriesRecord series, bool refuseIfAttended)
    {
        var taken = new List<(ISlotGrain Slot, string ReservationId)> { (Slot(series.FirstDose.SlotId), series.FirstDose.ReservationId) };
        if (series.SecondDose is { } second)
        {
            taken.Add((Slot(second.SlotId), second.ReservationId));
        }

        foreach (var (slot, reservationId) in taken)
        {
            var outcome = await slot.Release(reservationId);
            if (outcome == SlotReleaseOutcome.AlreadyAttended && refuseIfAttended && reservationId == series.FirstDose.ReservationId)
            {
                throw new BookingException(BookingErrorCodes.AlreadyAttended, "Dose 1 was attended; the booking can no longer be cancelled.");
            }
        }

        series.Status = ReservationStatus.Cancelled;
        series.CancelledAt = timeProvider.GetUtcNow();
        await StateWrites.WriteAsync(state, DeactivateOnIdle, "The cancellation");
        SettleAll(taken);
    }

    /// <summary>Holds dose 2 in the nearest free slot of its date at the first dose's site; null when none is free.</summary>
    private async Task<(ISlotGrain Slot, SlotHoldRequest Request, SlotHold Hold)?> HoldSecondDoseAsync(SlotHold first, string seriesId)
    {
        var date = DoseTwoPlanner.DateOf(first.Slot, first.Gate.DoseIntervalDays);
        var site = GrainFactory.Reference<ISiteGrain>(BookingKeys.Site(_campaignId, first.Slot.SiteId));
        var request = new SlotHoldRequest(BookingIds.NewReservationId(), seriesId, _residentId, 2);
        foreach (var candidate in DoseTwoPlanner.Candidates(await site.GetSlotsOn(date), first.Slot.Time))
        {
            var slot = Slot(candidate.SlotId);
            var attempt = await slot.TryHold(request);
            if (attempt.Hold is { } hold)
            {
                return (slot, request, hold);
            }

            if (attempt.Refusal!.Code is not (BookingErrorCodes.SlotFull or BookingErrorCodes.SlotClosed or BookingErrorCodes.NotOpen or BookingErrorCodes.UnknownSlot))
            {
                throw attempt.Refusal.ToException();
            }

            // Try the next nearest.
        }

        return null;
    }

    /// <summary>Compensation of a booking that will not be stored here: frees every seat taken. A release
    /// that fails leaves at most an unsettled record, which reconciliation cancels (this grain has no such series).</summary>
    private async Task ReleaseAsync(List<(ISlotGrain Slot, string ReservationId)> taken)
    {
        foreach (var (slot, reservationId) in taken)
        {
            try
            {
                await slot.Release(reservationId);
                await slot.Settle(reservationId);
            }
            catch (Exception exception)
            {
                LogReleaseFailed(logger, this.GetPrimaryKeyString(), reservationId, exception);
            }
        }
    }

    private static void SettleAll(List<(ISlotGrain Slot, string ReservationId)> taken)
    {
        foreach (var (slot, reservationId) in taken)
        {
            _ = slot.Settle(reservationId);
        }
    }

    private static ReservationInfo Info(string reservationId, SlotHold hold, int dose)
        => new(reservationId, hold.Slot.SlotId, hold.Slot.SiteId, hold.Slot.Start, dose, hold.AttendanceCode);

    private static BookingResult Result(SeriesRecord series) => new(series.SeriesId, series.FirstDose, series.SecondDose);

    private ISlotGrain Slot(string slotId) => GrainFactory.Reference<ISlotGrain>(BookingKeys.Slot(_campaignId, slotId));
}
