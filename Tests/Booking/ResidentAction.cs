namespace CheckIn.Tests.Booking;

/// <summary>One step of the dose-series property: resident <see cref="Resident"/> does
/// <see cref="Kind"/>, on dose-1 slot <see cref="Slot"/> when booking.</summary>
public sealed record ResidentAction(ResidentActionKind Kind, int Resident, int Slot)
{
    public override string ToString() => $"{Kind}(resident {Resident}, slot {Slot})";
}
