namespace CheckIn.WebFront.Errors;

/// <summary>The <c>code</c> values of the web front's own problems. Domain areas define theirs next to
/// their endpoints (API.md names them), as <see cref="DomainFailure"/> values.</summary>
public static class ProblemCodes
{
    public const string BadRequest = "bad_request";
    public const string InvalidJson = "invalid_json";
    public const string MissingBody = "missing_body";
    public const string ValidationFailed = "validation_failed";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string BodyTooLarge = "body_too_large";
    public const string Unauthorized = "unauthorized";
    public const string InvalidToken = "invalid_token";
    public const string InvalidCredentials = "invalid_credentials";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Conflict = "conflict";
    public const string RateLimited = "rate_limited";
    public const string LockedOut = "locked_out";
    public const string TooManyFailures = "too_many_failures";
    public const string AntiforgeryFailed = "antiforgery_failed";
    public const string Overloaded = "overloaded";
    public const string Timeout = "timeout";
    public const string Unavailable = "unavailable";
    public const string InternalError = "internal_error";

    /// <summary>The code for a status that no endpoint gave a code of its own.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        413 => BodyTooLarge,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        500 => InternalError,
        503 => Overloaded,
        _ => $"http_{status}",
    };

    /// <summary>A clear title for a status that no endpoint titled.</summary>
    public static string TitleForStatus(int status) => status switch
    {
        400 => "The request is malformed",
        401 => "Sign in first: a valid bearer token is required",
        403 => "Your role or tenant does not allow this",
        404 => "Nothing is at this address",
        405 => "This address does not accept this method",
        406 => "No acceptable representation",
        409 => "The request conflicts with the current state",
        413 => "The request body is too large",
        415 => "Unsupported content type",
        429 => "Too many requests; retry later",
        503 => "The service is busy; retry later",
        _ => "The request failed",
    };
}
