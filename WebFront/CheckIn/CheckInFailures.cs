using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.WebFront.Errors;

namespace CheckIn.WebFront.CheckIn;

/// <summary>The check-in area's failures (API.md, Venue check-in) and the status of each domain error code.</summary>
internal static class CheckInFailures
{
    public static readonly DomainFailure UnknownVenue = new(StatusCodes.Status404NotFound, CheckInErrorCodes.UnknownVenue, "Unknown venue");

    public static readonly DomainFailure UnknownExposure = new(StatusCodes.Status404NotFound, CheckInErrorCodes.UnknownExposure, "Unknown exposure");

    public static readonly DomainFailure BadInboundSecret = new(StatusCodes.Status401Unauthorized, "invalid_inbound_secret", "The inbound-mail secret is missing or wrong");

    public static readonly DomainFailure MailNamesNoVenue = new(StatusCodes.Status422UnprocessableEntity, CheckInErrorCodes.UnknownVenue, "The message names no known venue");

    public static readonly DomainFailure MailWithoutSender = new(StatusCodes.Status422UnprocessableEntity, CheckInErrorCodes.InvalidEmail, "The message has no usable sender address");

    public static readonly DomainFailure InvalidVisitWindow = new(StatusCodes.Status400BadRequest, CheckInErrorCodes.InvalidWindow, "The time window is empty, reversed or too long");

    /// <summary>The problem a <see cref="CheckInException"/> is answered with.</summary>
    public static DomainFailure Of(CheckInException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.Code switch
        {
            CheckInErrorCodes.UnknownVenue or CheckInErrorCodes.UnknownExposure or CheckInErrorCodes.UnknownDraw => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return new DomainFailure(status, exception.Code, exception.Message);
    }
}
