using CheckIn.Grains.Interfaces.Booking;

namespace CheckIn.Grains.Booking;

/// <summary>A slot's seats: its durable records and its in-memory holds. Every operation is synchronous
/// and checks capacity in the same step as it takes a seat, so within one grain turn it cannot be
/// interleaved: <c>Booked + Held &lt;= Capacity</c> always holds.</summary>
internal sealed class SeatLedger
{
    private readonly List<SlotRecord> _records;
    private readonly Dictionary<string, SlotRecord> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlotRecord> _activeByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeatHold> _holds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _heldCodes = new(StringComparer.Ordinal);

    /// <summary>Wraps the stored records (the list is the stored state's: records added here are stored with it).</summary>
    public SeatLedger(int capacity, List<SlotRecord> records)
    {
        Capacity = capacity;
        _records = records;
        foreach (var record in records)
        {
            _byId[record.ReservationId] = record;
            if (record.Status == ReservationStatus.Active)
            {
                Booked++;
                _activeByCode[record.AttendanceCode] = record;
                if (record.AttendedAt is not null)
                {
                    Attended++;
                }
            }
            else
            {
                Cancelled++;
            }

            if (!record.Settled)
            {
                Unsettled++;
            }
        }
    }

    public int Capacity { get; set; }

    /// <summary>Active records (attended included).</summary>
    public int Booked { get; private set; }

    public int Attended { get; private set; }

    public int Cancelled { get; private set; }

    public int Held => _holds.Count;

    /// <summary>Records whose outcome the resident has not settled.</summary>
    public int Unsettled { get; private set; }

    public int Remaining => Math.Max(0, Capacity - Booked - Held);

    public IReadOnlyList<SlotRecord> Records => _records;

    public bool TryGetRecord(string reservationId, out SlotRecord record) => _byId.TryGetValue(reservationId, out record!);

    /// <summary>Drops holds that expired at <paramref name="now"/>; returns how many.</summary>
    public int PurgeExpired(DateTimeOffset now)
    {
        if (_holds.Count == 0)
        {
            return 0;
        }

        var expired = _holds.Values.Where(h => h.ExpiresAt <= now).ToList();
        foreach (var hold in expired)
        {
            DropHold(hold);
        }

        return expired.Count;
    }

    public SeatLedgerOutcome Hold(SlotHoldRequest request, DateTimeOffset expiresAt, Func<string> newCode, out string attendanceCode)
    {
        attendanceCode = "";
        if (_byId.TryGetValue(request.ReservationId, out var record))
        {
            attendanceCode = record.AttendanceCode;
            return record.Status == ReservationStatus.Active ? SeatLedgerOutcome.AlreadyReserved : SeatLedgerOutcome.Finished;
        }

        if (_holds.TryGetValue(request.ReservationId, out var existing))
        {
            attendanceCode = existing.AttendanceCode;
            return SeatLedgerOutcome.AlreadyHeld;
        }

        if (Booked + Held >= Capacity)
        {
            return SeatLedgerOutcome.Full;
        }

        do
        {
            attendanceCode = newCode();
        }
        while (CodeInUse(attendanceCode));

        _holds[request.ReservationId] = new SeatHold(request, attendanceCode, expiresAt);
        _heldCodes.Add(attendanceCode);
        return SeatLedgerOutcome.Held;
    }

    public SeatLedgerOutcome Confirm(SlotHoldRequest request, string attendanceCode, DateTimeOffset now)
    {
        if (_byId.TryGetValue(request.ReservationId, out var existing))
        {
            return existing.Status == ReservationStatus.Active ? SeatLedgerOutcome.AlreadyReserved : SeatLedgerOutcome.Finished;
        }

        if (_holds.TryGetValue(request.ReservationId, out var hold))
        {
            DropHold(hold);
            attendanceCode = hold.AttendanceCode;
        }
        else if (Booked + Held >= Capacity || CodeInUse(attendanceCode))
        {
            // The hold expired and its seat (or its code) went to someone else.
            return SeatLedgerOutcome.Full;
        }

        var record = new SlotRecord
        {
            ReservationId = request.ReservationId,
            SeriesId = request.SeriesId,
            ResidentId = request.ResidentId,
            Dose = request.Dose,
            AttendanceCode = attendanceCode,
            Status = ReservationStatus.Active,
            Settled = false,
            ChangedAt = now,
        };
        _records.Add(record);
        _byId[record.ReservationId] = record;
        _activeByCode[record.AttendanceCode] = record;
        Booked++;
        Unsettled++;
        return SeatLedgerOutcome.Confirmed;
    }

    public SeatLedgerOutcome Release(string reservationId, DateTimeOffset now)
    {
        if (_holds.TryGetValue(reservationId, out var hold))
        {
            DropHold(hold);
            return SeatLedgerOutcome.ReleasedHold;
        }

        if (!_byId.TryGetValue(reservationId, out var record))
        {
            return SeatLedgerOutcome.NotFound;
        }

        if (record.Status == ReservationStatus.Cancelled)
        {
            return SeatLedgerOutcome.AlreadyCancelled;
        }

        if (record.AttendedAt is not null)
        {
            return SeatLedgerOutcome.AlreadyAttended;
        }

        Cancel(record, now);
        MarkUnsettled(record);
        return SeatLedgerOutcome.Cancelled;
    }

    public SeatLedgerOutcome Attend(string attendanceCode, DateTimeOffset now, out SlotRecord? record)
    {
        if (!_activeByCode.TryGetValue(attendanceCode, out record))
        {
            return SeatLedgerOutcome.NotFound;
        }

        if (record.AttendedAt is not null)
        {
            return SeatLedgerOutcome.AlreadyAttended;
        }

        record.AttendedAt = now;
        Attended++;
        return SeatLedgerOutcome.Attended;
    }

    /// <summary>The resident has stored this record's outcome. True if that changed the record.</summary>
    public bool Settle(string reservationId)
    {
        if (!_byId.TryGetValue(reservationId, out var record) || record.Settled)
        {
            return false;
        }

        record.Settled = true;
        Unsettled--;
        return true;
    }

    /// <summary>Applies the resident's answer to a reconciliation asked while the record had
    /// <paramref name="askedStatus"/>: <see cref="SeatLedgerOutcome.Cancelled"/> when the record lost its
    /// seat, <see cref="SeatLedgerOutcome.AlreadyReserved"/> when it only became settled, and
    /// <see cref="SeatLedgerOutcome.NotFound"/> when it changed meanwhile (left for the next round).</summary>
    public SeatLedgerOutcome ApplyVerdict(string reservationId, ReservationStatus askedStatus, ReservationStatus verdict, DateTimeOffset now)
    {
        if (!_byId.TryGetValue(reservationId, out var record) || record.Settled || record.Status != askedStatus)
        {
            return SeatLedgerOutcome.NotFound;
        }

        // An attended record keeps its seat whatever the answer: someone was vaccinated in it.
        var corrected = verdict == ReservationStatus.Cancelled && record.Status == ReservationStatus.Active && record.AttendedAt is null;
        if (corrected)
        {
            Cancel(record, now);
        }

        Settle(reservationId);
        return corrected ? SeatLedgerOutcome.Cancelled : SeatLedgerOutcome.AlreadyReserved;
    }

    public IEnumerable<SlotRecord> UnsettledRecords() => _records.Where(static r => !r.Settled);

    private void Cancel(SlotRecord record, DateTimeOffset now)
    {
        record.Status = ReservationStatus.Cancelled;
        record.ChangedAt = now;
        _activeByCode.Remove(record.AttendanceCode);
        Booked--;
        Cancelled++;
    }

    private void MarkUnsettled(SlotRecord record)
    {
        if (record.Settled)
        {
            record.Settled = false;
            Unsettled++;
        }
    }

    private void DropHold(SeatHold hold)
    {
        _holds.Remove(hold.Request.ReservationId);
        _heldCodes.Remove(hold.AttendanceCode);
    }

    private bool CodeInUse(string code) => _activeByCode.ContainsKey(code) || _heldCodes.Contains(code);
}
