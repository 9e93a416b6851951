using System.Globalization;
using CheckIn.WebFront.Errors;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CheckIn.WebFront.Auth;

/// <summary>Staff sign-in: <c>POST /api/auth/token</c>.</summary>
public static class AuthApi
{
    private static readonly DomainFailure s_invalidCredentials = new(StatusCodes.Status401Unauthorized, ProblemCodes.InvalidCredentials, "Wrong username or password");
    private static readonly DomainFailure s_lockedOut = new(StatusCodes.Status429TooManyRequests, ProblemCodes.LockedOut, "Too many failed sign-ins for this account; retry later");
    private static readonly DomainFailure s_throttled = new(StatusCodes.Status429TooManyRequests, ProblemCodes.TooManyFailures, "Too many failed sign-ins from this address; retry later");

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/auth").WithTags("Auth");
        api.MapPost("/token", CreateToken)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithName("CreateToken")
            .WithSummary("Signs a staff member in and returns a bearer token");
        return app;
    }

    internal static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> CreateToken(TokenRequest? body, HttpContext http, SignInService signIn)
    {
        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new ValidationErrors();
        errors.Require("username", body.Username);
        errors.Require("password", body.Password);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var outcome = await signIn.SignInAsync(body.Username!, body.Password!, ClientAddress.Of(http));
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                return TypedResults.Ok(new TokenResponse(outcome.Token!.Token, outcome.Token.ExpiresAt));
            case SignInStatus.LockedOut:
                SetRetryAfter(http, outcome.RetryAfter);
                return s_lockedOut.ToProblem();
            case SignInStatus.Throttled:
                SetRetryAfter(http, outcome.RetryAfter);
                return s_throttled.ToProblem();
            default:
                return s_invalidCredentials.ToProblem();
        }
    }

    private static void SetRetryAfter(HttpContext http, TimeSpan wait)
        => http.Response.Headers[HeaderNames.RetryAfter] = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
