namespace CheckIn.Tests.Booking;

/// <summary>How <see cref="FaultyGrainStorage"/> treats a write.</summary>
public enum WriteFault
{
    None,
    BeforeStoring,
    AfterStoring,
}
