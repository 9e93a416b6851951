namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>The machine-readable codes of <see cref="CheckInException"/>; the web front returns them as the
/// <c>code</c> member of its problem details (API.md, Venue check-in).</summary>
public static class CheckInErrorCodes
{
    /// <summary>The e-mail address is not one the service can send to (HTTP 400).</summary>
    public const string InvalidEmail = "invalid_email";

    /// <summary>The venue code is unknown, forged or replaced by a rotation, or the venue does not exist (HTTP 404).</summary>
    public const string UnknownVenue = "unknown_venue";

    /// <summary>The venue's name, category, address, owner or tenant is missing or too long (HTTP 400).</summary>
    public const string InvalidVenue = "invalid_venue";

    /// <summary>The exposure window is empty, reversed or longer than allowed (HTTP 400).</summary>
    public const string InvalidWindow = "invalid_window";

    /// <summary>The exposure does not exist (HTTP 404).</summary>
    public const string UnknownExposure = "unknown_exposure";

    /// <summary>The lottery draw request is invalid: no id, or a winner count below 1 (HTTP 400).</summary>
    public const string InvalidDraw = "invalid_draw";

    /// <summary>No lottery draw has this id (HTTP 404).</summary>
    public const string UnknownDraw = "unknown_draw";
}
