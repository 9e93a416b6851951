using CheckIn.Grains.CheckIn;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Grains.Interfaces;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Pages;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.CheckIn;

/// <summary>The check-in area's pages: the visitor's check-in page <c>/c/{code}</c> (GET shows the form, POST checks
/// in; both without JavaScript) and the staff's printable A4 poster.</summary>
public static class CheckInPages
{
    // The poster is a standalone print document with its own inline style block (VenuePoster); it carries no
    // script and encodes every venue-supplied text, so only inline style is let through, and only on this page.
    private const string PosterContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const int MaxCodeLength = 100;

    public static IEndpointRouteBuilder MapCheckInPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/c/{code}", ShowCheckIn).AllowAnonymous();
        pages.MapPost("/c/{code}", SubmitCheckIn).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.PerClientAddress);
        pages.MapGet("/staff/venues/{venueId}/poster", ShowPoster)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .RequireRateLimiting(RateLimitPolicies.PerAccount);
        return app;
    }

    internal static async Task<ContentHttpResult> ShowCheckIn(string code, HttpContext http, IGrainFactory grains)
    {
        var page = PageContext.For(http);
        var venue = await ResolveAsync(grains, code);
        return venue is null
            ? NotFound(page)
            : PageResults.Page(page, venue.Name, CheckInPage.Form(page, code, venue, null, null), head: CheckInPage.Head);
    }

    internal static async Task<ContentHttpResult> SubmitCheckIn(string code, [FromForm] CheckInForm form, HttpContext http, IGrainFactory grains, IOptions<CheckInOptions> options)
    {
        var page = PageContext.For(http);
        var venue = await ResolveAsync(grains, code);
        if (venue is null)
        {
            return NotFound(page);
        }

        try
        {
            var result = await grains.Reference<ICheckInGrain>(ICheckInGrain.Key).CheckIn(code, form.Email ?? string.Empty, CheckInChannel.Web);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
            return PageResults.Page(
                page,
                page.T("登録しました", "Checked in"),
                CheckInPage.Done(page, result, zone),
                result.IsNew ? StatusCodes.Status201Created : StatusCodes.Status200OK,
                CheckInPage.Head);
        }
        catch (CheckInException e) when (e.Code == CheckInErrorCodes.InvalidEmail)
        {
            var error = page.T("メールアドレスの形式が正しくありません。", "This is not an e-mail address we can send to.");
            return PageResults.Page(page, venue.Name, CheckInPage.Form(page, code, venue, form.Email, error), StatusCodes.Status400BadRequest, CheckInPage.Head);
        }
        catch (CheckInException e) when (e.Code == CheckInErrorCodes.UnknownVenue)
        {
            return NotFound(page);
        }
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> ShowPoster(string venueId, HttpContext http, IGrainFactory grains)
    {
        var (venue, problem) = await CheckInApi.AuthorizeVenueAsync(http, grains, venueId, StaffPolicies.VenueManager);
        if (venue is null)
        {
            return problem!;
        }

        http.Response.Headers.ContentSecurityPolicy = PosterContentSecurityPolicy;
        var html = VenuePoster.Render(venue.Name, CheckInApi.AbsoluteCheckInUrl(http, venue.Code), venue.CheckInMailAddress);
        return TypedResults.Text(html, "text/html", System.Text.Encoding.UTF8);
    }

    private static async Task<PublicVenue?> ResolveAsync(IGrainFactory grains, string code)
    {
        if (code.Length > MaxCodeLength)
        {
            return null;
        }

        try
        {
            return await grains.Reference<ICheckInGrain>(ICheckInGrain.Key).ResolveCode(code);
        }
        catch (CheckInException e) when (e.Code == CheckInErrorCodes.UnknownVenue)
        {
            return null;
        }
    }

    private static ContentHttpResult NotFound(PageContext page)
        => PageResults.Page(page, page.T("見つかりません", "Not found"), CheckInPage.NotFound(page), StatusCodes.Status404NotFound, CheckInPage.Head);
}
