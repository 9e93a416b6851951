namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The fields of the confirmation form that books a slot.</summary>
public sealed class BookSlotForm
{
    public string? SlotId { get; set; }

    public string? Date { get; set; }

    /// <summary>Made when the confirmation page is shown, so that sending the form twice books once.</summary>
    public string? IdempotencyKey { get; set; }
}
