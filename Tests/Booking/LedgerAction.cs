namespace CheckIn.Tests.Booking;

/// <summary>What one step of the seat-ledger property does.</summary>
public enum LedgerAction
{
    Hold,
    Confirm,
    Release,
    Attend,
    Settle,
    Tick,
}
