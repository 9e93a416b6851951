namespace CheckIn.WebFront.Pages;

/// <summary>The fields of the staff sign-in form.</summary>
public sealed class SignInForm
{
    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
