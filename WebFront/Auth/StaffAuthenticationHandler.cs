using System.Security.Claims;
using System.Text.Encodings.Web;
using CheckIn.WebFront.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CheckIn.WebFront.Auth;

/// <summary>Authenticates staff by a bearer token, or by the same token in the sign-in cookie (pages and
/// the dashboard's own requests; the cookie is SameSite=Strict, so other sites cannot ride on it).
/// Challenges answer API requests with 401 problem details and send browsers to the sign-in page;
/// forbidden requests get 403 in the same two shapes.</summary>
internal sealed class StaffAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    StaffTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";
    private bool _tokenRejected;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? token = null;
        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (header.Length > 0)
        {
            if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                _tokenRejected = true;
                return AuthenticateResult.Fail("The Authorization header is not a bearer token.");
            }

            token = header[BearerPrefix.Length..].Trim();
        }
        else if (Request.Cookies.TryGetValue(StaffAuthenticationDefaults.CookieName, out var cookie))
        {
            token = cookie;
        }

        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var payload = await tokens.ValidateAsync(token).ConfigureAwait(false);
        if (payload is null)
        {
            _tokenRejected = true;
            return AuthenticateResult.Fail("The token is malformed, forged or expired.");
        }

        var claims = new List<Claim>
        {
            new(StaffClaims.Username, payload.Username),
            new(StaffClaims.Role, payload.Role),
        };
        if (payload.Tenant is { } tenant)
        {
            claims.Add(new Claim(StaffClaims.Tenant, tenant));
        }

        var identity = new ClaimsIdentity(claims, Scheme.Name, StaffClaims.Username, StaffClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (RequestKind.WantsHtml(Context))
        {
            var returnUrl = Request.PathBase + Request.Path + Request.QueryString;
            Response.Redirect($"{StaffAuthenticationDefaults.SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return Task.CompletedTask;
        }

        Response.Headers[HeaderNames.WWWAuthenticate] = _tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer";
        return _tokenRejected
            ? ErrorResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, ProblemCodes.InvalidToken, "The token is malformed, forged or expired; sign in again")
            : ErrorResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, ProblemCodes.Unauthorized, ProblemCodes.TitleForStatus(StatusCodes.Status401Unauthorized));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
        => ErrorResponses.WriteAsync(Context, StatusCodes.Status403Forbidden, ProblemCodes.Forbidden, ProblemCodes.TitleForStatus(StatusCodes.Status403Forbidden));
}
