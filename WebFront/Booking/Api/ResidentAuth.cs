using CheckIn.WebFront.Booking.Sessions;
using CheckIn.WebFront.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CheckIn.WebFront.Booking.Api;

/// <summary>The resident endpoints' session check: a valid session token for the route's campaign, or 401
/// (<c>unauthorized</c> without a token, <c>invalid_token</c> with a forged, expired or other campaign's one).</summary>
internal static class ResidentAuth
{
    public static async Task<(ResidentSessionClaims? Session, ProblemHttpResult? Problem)> RequireAsync(HttpContext http, ResidentSessions sessions, string campaignId)
    {
        var token = ResidentSessions.BearerOf(http.Request);
        var session = BookingInput.IsId(campaignId) ? await sessions.ReadAsync(campaignId, token) : null;
        if (session is not null)
        {
            return (session, null);
        }

        var missing = token is null;
        http.Response.Headers[HeaderNames.WWWAuthenticate] = missing ? "Bearer" : "Bearer error=\"invalid_token\"";
        return (null, missing
            ? Problems.Of(StatusCodes.Status401Unauthorized, ProblemCodes.Unauthorized, "Sign in with your voucher first: a session token is required")
            : Problems.Of(StatusCodes.Status401Unauthorized, ProblemCodes.InvalidToken, "The session token is malformed, forged, expired or for another campaign; sign in again"));
    }
}
