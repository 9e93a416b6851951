namespace CheckIn.Tests.Booking;

/// <summary>One step of the seat-ledger property: an action on reservation <see cref="Reservation"/>
/// (0 to 7), or a clock tick of <see cref="Seconds"/>.</summary>
public sealed record LedgerStep(LedgerAction Action, int Reservation, int Seconds)
{
    public override string ToString() => Action == LedgerAction.Tick ? $"Tick({Seconds}s)" : $"{Action}(r{Reservation})";
}
