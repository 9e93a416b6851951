using System.Globalization;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Errors;
using CheckIn.WebFront.Pages;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CheckIn.WebFront.CheckIn.Staff;

/// <summary>The check-in staff pages, <c>/staff/venues</c>: the tenant's venues (a venue operator sees its own),
/// venue registration, a venue's visit counts by day and hour with the CSV exports, its QR poster and code rotation,
/// and for health officers the exposure report form and each exposure's mail progress. Plain forms, no script; the
/// same authorization and checks as the API (<see cref="CheckInApi"/>).</summary>
public static class StaffVenuePages
{
    private const int MaxKeyLength = 100;

    private static readonly string[] s_localTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static IEndpointRouteBuilder MapStaffVenuePages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var venues = app.MapGroup(StaffVenuePaths.Home).ExcludeFromDescription()
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .RequireRateLimiting(RateLimitPolicies.PerAccount);
        venues.MapGet("", ShowVenues);
        venues.MapPost("", RegisterVenue);
        venues.MapGet("/{venueId}", ShowVenue);
        venues.MapPost("/{venueId}/code", RotateCode).WithMetadata(new RequireAntiforgeryTokenAttribute());
        venues.MapPost("/{venueId}/exposures", ReportExposure);
        app.MapGet(StaffVenuePaths.Exposure("{exposureId}"), ShowExposure).ExcludeFromDescription()
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .RequireRateLimiting(RateLimitPolicies.PerAccount);
        return app;
    }

    internal static async Task<Results<ContentHttpResult, PageProblem>> ShowVenues(HttpContext http, IGrainFactory grains)
        => http.User.GetStaffTenant() is { } tenant
            ? await VenuesPageAsync(http, grains, tenant, null, null, StatusCodes.Status200OK)
            : PageProblem.Forbidden;

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> RegisterVenue([FromForm] VenueForm form, HttpContext http, IGrainFactory grains)
    {
        if (http.User.GetStaffTenant() is not { } tenant || !await StaffAccess.AuthorizeAsync(http, new StaffResource(tenant), StaffPolicies.VenueCreator))
        {
            return PageProblem.Forbidden;
        }

        var errors = new ValidationErrors();
        var venue = await CheckInApi.RegisterVenueAsync(grains, http.User, tenant, new CreateVenueRequest(form.Name, form.Category, form.Address), errors);
        if (venue is null)
        {
            return await VenuesPageAsync(http, grains, tenant, form, [.. errors.Messages()], StatusCodes.Status400BadRequest);
        }

        return TypedResults.Redirect(StaffVenuePaths.Venue(venue.VenueId) + "?done=created");
    }

    internal static async Task<Results<ContentHttpResult, PageProblem>> ShowVenue(
        string venueId, string? from, string? to, string? done, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var (venue, problem) = await AuthorizeAsync(http, grains, venueId, StaffPolicies.VenueVisitReader);
        if (venue is null)
        {
            return problem!;
        }

        var page = PageContext.For(http);
        var notice = done switch
        {
            "created" => page.T("施設を登録しました。QRポスターを印刷して掲示してください。", "The venue is registered. Print its QR poster and put it up."),
            "rotated" => page.T("新しいコードを発行しました。古いQRポスターと空メールのアドレスは使えなくなりました。", "A new code is issued. The old QR posters and empty-mail address no longer work."),
            _ => null,
        };
        List<string>? errors = null;
        DateOnly? first = TryDate(from, out var f) ? f : null;
        DateOnly? last = TryDate(to, out var l) ? l : null;
        if ((from is { Length: > 0 } && first is null) || (to is { Length: > 0 } && last is null) || !CheckInApi.TryDays(first, last, http, time, out _, out _))
        {
            errors = [page.T("期間が正しくありません（最長62日）。直近7日間を表示しています。", "The period is not valid (62 days at most). Showing the last 7 days.")];
            first = last = null;
        }

        return await VenuePageAsync(http, grains, time, venue, first, last, notice, errors, null, errors is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    internal static async Task<Results<RedirectHttpResult, PageProblem>> RotateCode(string venueId, HttpContext http, IGrainFactory grains)
    {
        var (venue, problem) = await AuthorizeAsync(http, grains, venueId, StaffPolicies.VenueManager);
        if (venue is null)
        {
            return problem!;
        }

        await grains.GetGrain<IVenueGrain>(venue.VenueId).RotateCode();
        return TypedResults.Redirect(StaffVenuePaths.Venue(venue.VenueId) + "?done=rotated");
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> ReportExposure(
        string venueId, [FromForm] ExposureForm form, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var (venue, problem) = await AuthorizeAsync(http, grains, venueId, StaffPolicies.HealthOfficer);
        if (venue is null)
        {
            return problem!;
        }

        var page = PageContext.For(http);
        var zone = CheckInApi.VisitZone(http);
        var start = ParseLocal(form.From, zone);
        var end = ParseLocal(form.To, zone);
        var errors = new List<string>();
        if (start is null)
        {
            errors.Add(page.T("開始日時を入力してください。", "Enter the start of the window."));
        }

        if (end is null)
        {
            errors.Add(page.T("終了日時を入力してください。", "Enter the end of the window."));
        }

        if (errors.Count == 0)
        {
            try
            {
                var receipt = await grains.GetGrain<IVenueGrain>(venue.VenueId).ReportExposure(start!.Value, end!.Value, http.User.GetStaffUsername()!);
                return TypedResults.Redirect(StaffVenuePaths.Exposure(receipt.ExposureId) + (receipt.IsNew ? "?done=reported" : "?done=repeated"));
            }
            catch (CheckInException e) when (e.Code == CheckInErrorCodes.InvalidWindow)
            {
                errors.Add(page.T("期間が正しくありません（開始は終了より前、長すぎない期間）。", "The window is not valid (the start before the end, not too long).") + " " + e.Message);
            }
        }

        return await VenuePageAsync(http, grains, time, venue, null, null, null, errors, form, StatusCodes.Status400BadRequest);
    }

    internal static async Task<Results<ContentHttpResult, PageProblem>> ShowExposure(string exposureId, string? done, HttpContext http, IGrainFactory grains)
    {
        if (exposureId.Length > MaxKeyLength)
        {
            return PageProblem.From(CheckInFailures.UnknownExposure);
        }

        var progress = await grains.GetGrain<IExposureGrain>(exposureId).GetProgress();
        if (progress.Status == ExposureStatus.Unknown)
        {
            return PageProblem.From(CheckInFailures.UnknownExposure);
        }

        if (!await StaffAccess.AuthorizeAsync(http, new StaffResource(progress.Tenant, progress.VenueId), StaffPolicies.HealthOfficer))
        {
            return PageProblem.Forbidden;
        }

        var page = PageContext.For(http);
        var venue = await grains.GetGrain<IVenueGrain>(progress.VenueId).GetInfo();
        var notice = done switch
        {
            "reported" => page.T("報告しました。該当する来訪者への通知メールは送信待ちに登録済みです。", "Reported. A warning mail to every visitor in the window is queued."),
            "repeated" => page.T("この施設と期間は報告済みです。同じ人に2通目は送りません。", "This venue and window were reported before. Nobody gets a second mail."),
            _ => null,
        };
        HtmlContent? head = progress.Status == ExposureStatus.Completed ? null : StaffExposureView.RefreshHead;
        return PageResults.Page(page, page.T("接触の通知", "Exposure notice"), StaffExposureView.Render(page, venue, progress, CheckInApi.VisitZone(http), notice), head: head);
    }

    private static async Task<ContentHttpResult> VenuesPageAsync(HttpContext http, IGrainFactory grains, string tenant, VenueForm? form, IReadOnlyList<string>? errors, int status)
    {
        var page = PageContext.For(http);
        var listed = await grains.GetGrain<IVenueDirectoryGrain>(tenant).List();
        var visible = new List<VenueListing>(listed.Count);
        foreach (var venue in listed)
        {
            if (await StaffAccess.AuthorizeAsync(http, new StaffResource(tenant, venue.VenueId), StaffPolicies.VenueVisitReader))
            {
                visible.Add(venue);
            }
        }

        var canRegister = await StaffAccess.AuthorizeAsync(http, new StaffResource(tenant), StaffPolicies.VenueCreator);
        return PageResults.Page(page, page.T("施設", "Venues"), StaffVenueListView.Render(page, tenant, visible, canRegister, form, errors), status);
    }

    private static async Task<ContentHttpResult> VenuePageAsync(
        HttpContext http, IGrainFactory grains, TimeProvider time, VenueInfo venue, DateOnly? from, DateOnly? to,
        string? notice, IReadOnlyList<string>? errors, ExposureForm? exposureForm, int status)
    {
        var page = PageContext.For(http);
        CheckInApi.TryDays(from, to, http, time, out var first, out var last);
        var grain = grains.GetGrain<IVenueGrain>(venue.VenueId);
        var counts = await grain.GetVisitCounts(first, last);
        var resource = new StaffResource(venue.Tenant, venue.VenueId);
        var canManage = await StaffAccess.AuthorizeAsync(http, resource, StaffPolicies.VenueManager);
        var exposures = await StaffAccess.AuthorizeAsync(http, resource, StaffPolicies.HealthOfficer) ? await grain.ListExposures() : null;
        var model = new StaffVenueView.Model(
            venue, CheckInApi.AbsoluteCheckInUrl(http, venue.Code), first, last, counts, canManage, exposures, CheckInApi.VisitZone(http), time.GetUtcNow());
        return PageResults.Page(page, venue.Name, StaffVenueView.Render(page, model, notice, errors, exposureForm), status);
    }

    /// <summary>The venue when the caller passes <paramref name="policy"/> for it, else the page's error answer.</summary>
    private static async Task<(VenueInfo? Venue, PageProblem? Problem)> AuthorizeAsync(HttpContext http, IGrainFactory grains, string venueId, string policy)
    {
        var (venue, problem) = await CheckInApi.AuthorizeVenueAsync(http, grains, venueId, policy);
        if (venue is not null)
        {
            return (venue, null);
        }

        var details = problem!.ProblemDetails;
        var code = details.Extensions.TryGetValue(Problems.CodeKey, out var value) ? value as string : null;
        return (null, new PageProblem(details.Status ?? StatusCodes.Status404NotFound, code ?? CheckInErrorCodes.UnknownVenue, details.Title ?? "Unknown venue"));
    }

    private static bool TryDate(string? text, out DateOnly date)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A local date and time of <paramref name="zone"/> as an instant, or null when it is missing or malformed.</summary>
    internal static DateTimeOffset? ParseLocal(string? text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(text?.Trim(), s_localTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
    }
}
