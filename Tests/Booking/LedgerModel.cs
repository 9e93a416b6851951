using CheckIn.Grains.Booking;

namespace CheckIn.Tests.Booking;

/// <summary>The obvious model of a slot's seats that <see cref="SeatLedgerPropertyTests"/> checks the ledger against.</summary>
internal sealed class LedgerModel(int capacity)
{
    private readonly Dictionary<int, DateTimeOffset> _holds = [];
    private readonly Dictionary<int, (bool Active, bool Attended, bool Settled)> _records = [];

    public int Booked => _records.Values.Count(static r => r.Active);

    public int Held => _holds.Count;

    public int Attended => _records.Values.Count(static r => r.Active && r.Attended);

    public int Cancelled => _records.Values.Count(static r => !r.Active);

    public int Unsettled => _records.Values.Count(static r => !r.Settled);

    public void Purge(DateTimeOffset now)
    {
        foreach (var expired in _holds.Where(h => h.Value <= now).Select(static h => h.Key).ToList())
        {
            _holds.Remove(expired);
        }
    }

    public SeatLedgerOutcome Hold(int id, DateTimeOffset expiresAt)
    {
        if (_records.TryGetValue(id, out var record))
        {
            return record.Active ? SeatLedgerOutcome.AlreadyReserved : SeatLedgerOutcome.Finished;
        }

        if (_holds.ContainsKey(id))
        {
            return SeatLedgerOutcome.AlreadyHeld;
        }

        if (Booked + Held >= capacity)
        {
            return SeatLedgerOutcome.Full;
        }

        _holds[id] = expiresAt;
        return SeatLedgerOutcome.Held;
    }

    public SeatLedgerOutcome Confirm(int id)
    {
        if (_records.TryGetValue(id, out var record))
        {
            return record.Active ? SeatLedgerOutcome.AlreadyReserved : SeatLedgerOutcome.Finished;
        }

        if (!_holds.Remove(id) && Booked + Held >= capacity)
        {
            return SeatLedgerOutcome.Full;
        }

        _records[id] = (true, false, false);
        return SeatLedgerOutcome.Confirmed;
    }

    public SeatLedgerOutcome Release(int id)
    {
        if (_holds.Remove(id))
        {
            return SeatLedgerOutcome.ReleasedHold;
        }

        if (!_records.TryGetValue(id, out var record))
        {
            return SeatLedgerOutcome.NotFound;
        }

        if (!record.Active)
        {
            return SeatLedgerOutcome.AlreadyCancelled;
        }

        if (record.Attended)
        {
            return SeatLedgerOutcome.AlreadyAttended;
        }

        _records[id] = (false, false, false);
        return SeatLedgerOutcome.Cancelled;
    }

    public SeatLedgerOutcome Attend(int id)
    {
        if (!_records.TryGetValue(id, out var record) || !record.Active)
        {
            return SeatLedgerOutcome.NotFound;
        }

        if (record.Attended)
        {
            return SeatLedgerOutcome.AlreadyAttended;
        }

        _records[id] = record with { Attended = true };
        return SeatLedgerOutcome.Attended;
    }

    public void Settle(int id)
    {
        if (_records.TryGetValue(id, out var record))
        {
            _records[id] = record with { Settled = true };
        }
    }
}
