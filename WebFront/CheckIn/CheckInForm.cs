namespace CheckIn.WebFront.CheckIn;

/// <summary>The fields of the check-in page's form.</summary>
public sealed class CheckInForm
{
    public string? Email { get; set; }
}
