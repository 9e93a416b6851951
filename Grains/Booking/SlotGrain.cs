using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace CheckIn.Grains.Booking;

/// <summary>A slot: it owns its seats. Reentrant so that a hot slot keeps answering (holds and refusals
/// in memory) while its durable writes are in flight; every seat decision is a synchronous step of the
/// <see cref="SeatLedger"/>, so interleaving at awaits can never oversell. Confirmed records stay
/// unsettled until the resident has stored the same outcome. The slot is in its campaign's register of unsettled
/// slots (<see cref="UnsettledSlotsGrain"/>, one durable reminder per campaign) before it stores an unsettled record,
/// and the register has it reconcile them with the resident, so a crash between the two sides never leaves a seat
/// held.</summary>
[Reentrant]
public sealed partial class SlotGrain(
    [PersistentState("slot")] IPersistentState<SlotState> state,
    IOptions<BookingOptions> options,
    ILogger<SlotGrain> logger,
    TimeProvider timeProvider) : Grain, ISlotGrain, IRemindable
{
    // Slots used to carry a reminder of their own (before the campaign's register); one still stored moves the slot
    // to the register and is dropped.
    private const string FormerReconcileReminderName = "reconcile";
    private const int ReconcileBatchSize = 64;

    private readonly BookingOptions _options = options.Value;
    private SeatLedger _ledger = null!;
    private StateWriteBatcher _writer = null!;
    private UnsettledTracking _tracking = null!;
    private CampaignGateCache _gate = null!;
    private IGrainTimer? _publishTimer;
    private Task<int>? _reconciling;
    private bool _faulted;
    private bool _settlesUnsaved;
    private string _campaignId = "";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_campaignId, var slotId) = BookingKeys.Split(this.GetPrimaryKeyString());
        _ledger = new SeatLedger(state.State.Slot?.Capacity ?? 0, state.State.Reservations);
        _writer = new StateWriteBatcher(WriteStateAsync);
        _tracking = new UnsettledTracking(() => GrainFactory.Reference<IUnsettledSlotsGrain>(_campaignId).Track(slotId));
        _gate = new CampaignGateCache(() => GrainFactory.Reference<ICampaignGrain>(_campaignId).GetGate(), timeProvider, _options.GateRefresh);

        // Stored unsettled records were registered before they were stored (or, stored before the register existed,
        // come with a reminder of the slot's own, which registers them): nothing to do here.
        return Task.CompletedTask;
    }

    public async Task Define(SlotInfo slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (state.State.Slot is { } existing)
        {
            if (existing == slot)
            {
                return;
            }

            throw new BookingException(BookingErrorCodes.SlotExists, $"Slot {existing.SlotId} exists with another definition ({existing.Capacity} seats at {existing.Start:O}).");
        }

        state.State.Slot = slot;
        _ledger.Capacity = slot.Capacity;
        await _writer.WriteAsync();
        SchedulePublish();
    }

    public async Task<SlotHold> Hold(SlotHoldRequest request) => (await TryHold(request)).HoldOrThrow();

    public async Task<SlotHoldAttempt> TryHold(SlotHoldRequest request)
    {
        ValidateRequest(request);
        if (_faulted)
        {
            return Refused(BookingErrorCodes.Unavailable, UnavailableMessage);
        }

        if (state.State.Slot is not { } slot)
        {
            return Refused(BookingErrorCodes.UnknownSlot, UnknownSlotMessage());
        }

        var gate = await _gate.GetAsync();
        var now = timeProvider.GetUtcNow();
        if (!gate.IsOpenAt(now))
        {
            return Refused(
                BookingErrorCodes.NotOpen,
                gate.Published ? $"Booking opens at {gate.OpensAt:yyyy-MM-dd'T'HH:mm:sszzz}." : "Booking has not opened yet.");
        }

        if (now >= slot.Start)
        {
            return Refused(BookingErrorCodes.SlotClosed, "The slot has already started.");
        }

        // From here to the return nothing awaits: the seat decision is one step.
        _ledger.PurgeExpired(now);
        switch (_ledger.Hold(request, now + _options.HoldTimeout, BookingIds.NewAttendanceCode, out var code))
        {
            case SeatLedgerOutcome.Full:
            case SeatLedgerOutcome.Finished:
                return Refused(BookingErrorCodes.SlotFull, "The slot is full.");
            case SeatLedgerOutcome.Held:
                SchedulePublish();
                break;
        }

        return new SlotHoldAttempt(new SlotHold(slot, code, gate), null);

        static SlotHoldAttempt Refused(string code, string message) => new(null, new BookingRefusal(code, message));
    }

    public async Task Confirm(SlotHoldRequest request, string attendanceCode)
    {
        ValidateRequest(request);
        ArgumentException.ThrowIfNullOrEmpty(attendanceCode);
        RequireUsable();
        RequireDefined();

        // The slot is in the campaign's stored register before the unsettled record is stored: whatever happens
        // next, the record is reconciled.
        await EnterUnsettledAsync();
        SeatLedgerOutcome outcome;
        try
        {
            var now = timeProvider.GetUtcNow();
            _ledger.PurgeExpired(now);
            outcome = _ledger.Confirm(request, attendanceCode, now);
        }
        finally
        {
            _tracking.Leave();
        }

        switch (outcome)
        {
            case SeatLedgerOutcome.Full:
            case SeatLedgerOutcome.Finished:
                SchedulePublish();
                throw new BookingException(BookingErrorCodes.SlotFull, "The slot is full: the seat's hold expired before it was confirmed.");
            case SeatLedgerOutcome.Confirmed:
                SchedulePublish();
                break;
        }

        await _writer.WriteAsync();
    }

    public async Task<SlotReleaseOutcome> Release(string reservationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(reservationId);
        RequireUsable();
        RequireDefined();
        var cancels = _ledger.TryGetRecord(reservationId, out var record) && record.Status == ReservationStatus.Active;
        if (cancels)
        {
            await EnterUnsettledAsync();
        }

        SeatLedgerOutcome outcome;
        try
        {
            outcome = _ledger.Release(reservationId, timeProvider.GetUtcNow());
        }
        finally
        {
            if (cancels)
            {
                _tracking.Leave();
            }
        }

        switch (outcome)
        {
            case SeatLedgerOutcome.ReleasedHold:
                SchedulePublish();
                return SlotReleaseOutcome.Released;
            case SeatLedgerOutcome.Cancelled:
                SchedulePublish();
                await _writer.WriteAsync();
                return SlotReleaseOutcome.Released;
            case SeatLedgerOutcome.AlreadyCancelled:
                // An earlier release may still be on its way to storage.
                await _writer.WriteAsync();
                return SlotReleaseOutcome.Released;
            case SeatLedgerOutcome.AlreadyAttended:
                return SlotReleaseOutcome.AlreadyAttended;
            default:
                return SlotReleaseOutcome.NotFound;
        }
    }

    public Task Settle(string reservationId)
    {
        // Stored with the next write; until then a crash only means one more reconciliation.
        if (reservationId is not null && _ledger.Settle(reservationId))
        {
            _settlesUnsaved = true;
        }

        return Task.CompletedTask;
    }

    public async Task<AttendanceRecord> RecordAttendance(string attendanceCode)
    {
        if (string.IsNullOrWhiteSpace(attendanceCode))
        {
            throw new BookingException(BookingErrorCodes.UnknownCode, "No reservation of this slot has that attendance code.");
        }

        RequireUsable();
        var slot = RequireDefined();
        var now = timeProvider.GetUtcNow();

        // Not before the slot's day: a dose 2 can then never be attended while its dose 1 may still be cancelled.
        if (DateOnly.FromDateTime(now.ToOffset(slot.Start.Offset).DateTime) < slot.Date)
        {
            throw new BookingException(BookingErrorCodes.AttendanceNotOpen, $"Attendance for this slot is recorded from {slot.Date:yyyy-MM-dd} on.");
        }

        switch (_ledger.Attend(attendanceCode.Trim(), now, out var record))
        {
            case SeatLedgerOutcome.NotFound:
                throw new BookingException(BookingErrorCodes.UnknownCode, "No reservation of this slot has that attendance code.");
            case SeatLedgerOutcome.AlreadyAttended:
                throw new BookingException(BookingErrorCodes.AlreadyAttended, $"This code was already used at {record!.AttendedAt:yyyy-MM-dd'T'HH:mm:sszzz}.");
        }

        await _writer.WriteAsync();
        return new AttendanceRecord(record!.ReservationId, slot.SlotId, record.Dose, now);
    }

    public Task<SlotSummary> GetSummary()
    {
        var slot = RequireDefined();
        var now = timeProvider.GetUtcNow();
        _ledger.PurgeExpired(now);
        var noShows = now >= slot.Start + _options.AttendanceWindow ? _ledger.Booked - _ledger.Attended : 0;
        return Task.FromResult(new SlotSummary(slot, _ledger.Booked, _ledger.Held, _ledger.Attended, noShows, _ledger.Cancelled, _ledger.Remaining));
    }

    public Task<SlotAvailability> GetAvailability()
    {
        RequireDefined();
        _ledger.PurgeExpired(timeProvider.GetUtcNow());
        return Task.FromResult(Availability());
    }

    public Task<IReadOnlyList<SlotReservationView>> GetReservations()
    {
        RequireDefined();
        IReadOnlyList<SlotReservationView> views = [.. _ledger.Records.Select(static r => new SlotReservationView(r.ReservationId, r.SeriesId, r.ResidentId, r.Dose, r.Status, r.AttendedAt, r.Settled))];
        return Task.FromResult(views);
    }

    public async Task<int> ReconcileNow()
    {
        // A reminder's round may be running with its age filter: let it finish, then reconcile everything.
        if (_reconciling is { IsCompleted: false } running)
        {
            try
            {
                await running;
            }
            catch (Exception)
            {
                // That round's caller (the reminder) saw its failure; this one starts afresh.
            }
        }

        return await ReconcileAsync(minimumAge: null);
    }

    public async Task<int> ReconcileDue()
    {
        await ReconcileAsync(_options.SettleAfter);

        // Settles not yet stored leave records unsettled in storage: the slot stays until the next round stores them.
        var left = _ledger.Unsettled + _tracking.Pending + (_settlesUnsaved ? 1 : 0);
        if (left == 0)
        {
            _tracking.Forget();
        }

        return left;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != FormerReconcileReminderName)
        {
            return;
        }

        if (_ledger.Unsettled > 0)
        {
            await _tracking.EnsureAsync();
        }

        if (await this.GetReminder(FormerReconcileReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private Task<int> ReconcileAsync(TimeSpan? minimumAge)
    {
        if (_reconciling is null || _reconciling.IsCompleted)
        {
            _reconciling = ReconcileCoreAsync(minimumAge);
        }

        return _reconciling;
    }

    /// <summary>Asks the residents of unsettled records which outcome is true (the resident's stored
    /// state decides) and applies the answers. A record that changes while its resident is asked is left
    /// for the next round.</summary>
    private async Task<int> ReconcileCoreAsync(TimeSpan? minimumAge)
    {
        var now = timeProvider.GetUtcNow();
        var due = _ledger.UnsettledRecords()
            .Where(r => minimumAge is null || now - r.ChangedAt >= minimumAge)
            .Select(static r => (r.ReservationId, r.SeriesId, r.ResidentId, r.Status))
            .ToList();
        var corrected = 0;
        var settled = 0;
        foreach (var batch in due.Chunk(ReconcileBatchSize))
        {
            var answers = await Task.WhenAll(batch.Select(AskResidentAsync));
            foreach (var (reservationId, askedStatus, verdict) in answers)
            {
                switch (verdict is { } v ? _ledger.ApplyVerdict(reservationId, askedStatus, v, timeProvider.GetUtcNow()) : SeatLedgerOutcome.NotFound)
                {
                    case SeatLedgerOutcome.Cancelled:
                        corrected++;
                        break;
                    case SeatLedgerOutcome.AlreadyReserved:
                        settled++;
                        break;
                }
            }
        }

        if (corrected > 0 || settled > 0 || _settlesUnsaved)
        {
            _settlesUnsaved = false;
            SchedulePublish();
            await _writer.WriteAsync();
        }

        return corrected;
    }

    private async Task<(string ReservationId, ReservationStatus Asked, ReservationStatus? Verdict)> AskResidentAsync(
        (string ReservationId, string SeriesId, string ResidentId, ReservationStatus Status) record)
    {
        try
        {
            var resident = GrainFactory.Reference<IResidentGrain>(BookingKeys.Resident(_campaignId, record.ResidentId));
            var verdict = await resident.Reconcile(new ReconcileRequest(record.SeriesId, record.ReservationId, record.Status));
            return (record.ReservationId, record.Status, verdict);
        }
        catch (Exception exception)
        {
            LogReconcileFailed(logger, this.GetPrimaryKeyString(), record.ReservationId, exception);
            return (record.ReservationId, record.Status, null);
        }
    }

    private async Task WriteStateAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Memory may now hold changes that are not stored: refuse new work and reload from storage.
            _faulted = true;
            LogWriteFailed(logger, this.GetPrimaryKeyString(), exception);
            DeactivateOnIdle();
            throw StateWrites.Unavailable($"Slot {this.GetPrimaryKeyString()}", exception);
        }
    }

    /// <summary>Registers an operation that will make a record unsettled (see <see cref="UnsettledTracking"/>); the
    /// caller leaves after its ledger step.</summary>
    private async Task EnterUnsettledAsync()
    {
        try
        {
            await _tracking.EnterAsync();
            RequireUsable();
        }
        catch (Exception)
        {
            _tracking.Leave();
            throw;
        }
    }

    /// <summary>Reports the free seats to the day's board once the changes of the next moment are in.</summary>
    private void SchedulePublish()
    {
        if (_publishTimer is not null || state.State.Slot is null)
        {
            return;
        }

        _publishTimer = this.RegisterGrainTimer(PublishAsync, _options.AvailabilityPublishDelay, Timeout.InfiniteTimeSpan);
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        _publishTimer?.Dispose();
        _publishTimer = null;
        if (state.State.Slot is { } slot)
        {
            _ledger.PurgeExpired(timeProvider.GetUtcNow());
            try
            {
                await GrainFactory.Reference<IAvailabilityBoardGrain>(BookingKeys.Day(_campaignId, slot.Date)).Report(Availability());
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The board would show the old count until the next change: report again after the delay.
                LogReportFailed(logger, this.GetPrimaryKeyString(), exception);
                SchedulePublish();
            }
        }
    }

    private SlotAvailability Availability()
    {
        var slot = state.State.Slot!;
        return new SlotAvailability(slot.SlotId, slot.SiteId, slot.Start, slot.Capacity, _ledger.Remaining);
    }

    private const string UnavailableMessage = "The slot is reloading after a failed write; try again.";

    private string UnknownSlotMessage() => $"There is no slot '{this.GetPrimaryKeyString()}'.";

    private SlotInfo RequireDefined()
        => state.State.Slot ?? throw new BookingException(BookingErrorCodes.UnknownSlot, UnknownSlotMessage());

    private void RequireUsable()
    {
        if (_faulted)
        {
            throw new BookingException(BookingErrorCodes.Unavailable, UnavailableMessage);
        }
    }

    private static void ValidateRequest(SlotHoldRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ReservationId);
        ArgumentException.ThrowIfNullOrEmpty(request.SeriesId);
        ArgumentException.ThrowIfNullOrEmpty(request.ResidentId);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Dose, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Dose, 2);
    }
}
