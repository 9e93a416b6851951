using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CheckIn.WebFront.Booking.Sessions;

/// <summary>Residents' session tokens: signed, expiring (<see cref="BookingWebOptions.SessionLifetime"/>), one
/// campaign each. The API takes them as <c>Authorization: Bearer</c>; the pages keep them in an HttpOnly cookie
/// scoped to the campaign's pages.</summary>
public sealed class ResidentSessions(SignedTokens tokens, TimeProvider time, IOptions<BookingWebOptions> options)
{
    /// <summary>The <see cref="SignedTokens"/> purpose of session tokens.</summary>
    public const string Purpose = "booking-session";

    /// <summary>The cookie of the resident pages.</summary>
    public const string CookieName = "checkin_booking";

    private const string BearerPrefix = "Bearer ";

    /// <summary>A token for the resident the voucher maps to.</summary>
    public async Task<IssuedSession> IssueAsync(SessionGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var expiresAt = time.GetUtcNow() + options.Value.SessionLifetime;
        var token = await tokens.CreateAsync(Purpose, new ResidentSessionClaims(grant.CampaignId, grant.ResidentId), expiresAt).ConfigureAwait(false);
        return new IssuedSession(token, grant.ResidentId, expiresAt);
    }

    /// <summary>The session of a valid token for <paramref name="campaignId"/>; null when it is missing, forged,
    /// expired or made for another campaign.</summary>
    public async Task<ResidentSessionClaims?> ReadAsync(string campaignId, string? token)
    {
        var claims = await tokens.ReadAsync<ResidentSessionClaims>(Purpose, token).ConfigureAwait(false);
        return claims is not null && claims.CampaignId == campaignId && BookingInput.IsId(claims.ResidentId) ? claims : null;
    }

    /// <summary>The bearer token of the request: null without an Authorization header, empty when the header
    /// is not a bearer token.</summary>
    public static string? BearerOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (header.Length == 0)
        {
            return null;
        }

        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : "";
    }

    /// <summary>The path the pages' cookies are scoped to.</summary>
    public static string CookiePath(string campaignId) => "/booking/" + campaignId;
}
