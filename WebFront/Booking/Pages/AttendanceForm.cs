namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The field of the staff form that records attendance.</summary>
public sealed class AttendanceForm
{
    public string? AttendanceCode { get; set; }
}
