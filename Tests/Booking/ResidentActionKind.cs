namespace CheckIn.Tests.Booking;

/// <summary>What a resident does in one step of the dose-series property.</summary>
public enum ResidentActionKind
{
    Book,
    BookWithKey,
    Cancel,
    AttendDose1,
    AttendDose2,
}
