using CheckIn.Grains.Interfaces;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CheckIn.Grains.Interfaces.CheckIn;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Errors;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.CheckIn;

/// <summary>Venue check-in (API.md): venue registration and QR codes, check-ins by API and by empty mail, visits and
/// their CSV export, exposure reports and their progress, and the lottery draw.</summary>
public static class CheckInApi
{
    /// <summary>The longest window of visits one call returns.</summary>
    internal static readonly TimeSpan MaxVisitWindow = TimeSpan.FromDays(62);

    private const int MaxKeyLength = 100;

    // Mail with attachments is accepted (and its body left unread): relays forward whatever visitors send.
    private const int MaxInboundMessageBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapCheckInApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var staff = app.MapGroup("/api").WithTags("Venue check-in").RequireRateLimiting(RateLimitPolicies.PerAccount);
        staff.MapPost("/tenants/{tenant}/venues", CreateVenue)
            .RequireAuthorization(StaffPolicies.VenueCreator)
            .WithName("CreateVenue")
            .WithSummary("Registers a venue and issues its signed check-in code");
        staff.MapPost("/venues/{venueId}/code", RotateCode)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .WithName("RotateVenueCode")
            .WithSummary("Issues a new check-in code for the venue; the old code, its QR posters and mail address stop working");
        staff.MapGet("/venues/{venueId}/qr.svg", QrSvg)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .WithName("GetVenueQrSvg")
            .WithSummary("The QR code of the venue's absolute check-in URL, as SVG");
        staff.MapGet("/venues/{venueId}/qr.png", QrPng)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .WithName("GetVenueQrPng")
            .WithSummary("The QR code of the venue's absolute check-in URL, as PNG");
        staff.MapGet("/venues/{venueId}/visits", GetVisits)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .WithName("GetVenueVisits")
            .WithSummary("The venue's check-ins in a time window (visitors as pseudonyms)");
        staff.MapGet("/venues/{venueId}/visits.csv", GetVisitsCsv)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .WithName("GetVenueVisitsCsv")
            .WithSummary("The venue's check-ins in a time window as CSV");
        staff.MapGet("/venues/{venueId}/visit-counts", GetVisitCounts)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .WithName("GetVenueVisitCounts")
            .WithSummary("Check-ins per local day and hour");
        staff.MapGet("/venues/{venueId}/visit-counts.csv", GetVisitCountsCsv)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .WithName("GetVenueVisitCountsCsv")
            .WithSummary("Check-ins per local day and hour as CSV");
        staff.MapPost("/venues/{venueId}/exposures", ReportExposure)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .WithName("ReportExposure")
            .WithSummary("Reports an exposure: every visitor in the window gets one warning mail");
        staff.MapGet("/exposures/{exposureId}", GetExposure)
            .RequireAuthorization(StaffPolicies.AnyStaff)
            .WithName("GetExposure")
            .WithSummary("An exposure's recipients and sent/failed counts");
        staff.MapPost("/tenants/{tenant}/lottery/draws", DrawLottery)
            .RequireAuthorization(StaffPolicies.MunicipalityAdmin)
            .WithName("DrawLottery")
            .WithSummary("Draws lottery winners from a recorded random seed");
        staff.MapGet("/tenants/{tenant}/lottery/draws/{drawId}", GetLotteryDraw)
            .RequireAuthorization(StaffPolicies.MunicipalityAdmin)
            .WithName("GetLotteryDraw")
            .WithSummary("A recorded lottery draw, replayed from its seed");

        var visitors = app.MapGroup("/api").WithTags("Venue check-in");
        visitors.MapPost("/checkins", CheckIn)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.PerClientAddress)
            .WithName("CheckIn")
            .WithSummary("Checks a visitor in at a venue");
        visitors.MapPost("/inbound-mail", ReceiveMail)
            .AllowAnonymous()
            .WithMetadata(new RequestSizeLimitAttribute(MaxInboundMessageBytes))
            .WithName("ReceiveInboundMail")
            .WithSummary("Checks the sender of an empty mail to c-{code}@... in (raw RFC 5322 body, X-Inbound-Secret)");
        return app;
    }

    internal static async Task<Results<Created<VenueCreatedResponse>, ProblemHttpResult>> CreateVenue(
        string tenant, CreateVenueRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new ValidationErrors();
        var venue = await RegisterVenueAsync(grains, user, tenant, body, errors);
        if (venue is null)
        {
            return errors.ToProblem();
        }

        return TypedResults.Created($"/api/venues/{venue.VenueId}", ToCreatedResponse(venue));
    }

    internal static async Task<Results<Ok<VenueCreatedResponse>, ProblemHttpResult>> RotateCode(string venueId, HttpContext http, IGrainFactory grains)
    {
        var (venue, problem) = await AuthorizeVenueAsync(http, grains, venueId, StaffPolicies.VenueManager);
        if (venue is null)
        {
            return problem!;
        }

        var rotated = await grains.Reference<IVenueGrain>(venue.VenueId).RotateCode();
        return TypedResults.Ok(ToCreatedResponse(rotated));
    }

    /// <summary>Registers a venue of <paramref name="tenant"/> owned by <paramref name="user"/> (a venue operator is
    /// granted it); null, with the field errors in <paramref name="errors"/>, when a field is missing.</summary>
    internal static async Task<VenueInfo?> RegisterVenueAsync(IGrainFactory grains, ClaimsPrincipal user, string tenant, CreateVenueRequest body, ValidationErrors errors)
    {
        var name = body.Name?.Trim();
        var category = body.Category?.Trim();
        var address = body.Address?.Trim();
        errors.Require("name", name);
        errors.Require("category", category);
        errors.Require("address", address);
        if (!errors.IsValid)
        {
            return null;
        }

        var username = user.GetStaffUsername()!;
        var venue = await grains.Reference<IVenueDirectoryGrain>(tenant).Register(new VenueRegistration(name!, category!, address!, username));
        if (user.GetStaffRole() == StaffRoles.VenueOperator)
        {
            await grains.Reference<IStaffAccountGrain>(username).GrantVenueAsync(venue.VenueId);
        }

        return venue;
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> QrSvg(string venueId, HttpContext http, IGrainFactory grains)
    {
        var (venue, problem) = await AuthorizeVenueAsync(http, grains, venueId, StaffPolicies.VenueManager);
        if (venue is null)
        {
            return problem!;
        }

        return TypedResults.Text(VenueQrCode.Svg(AbsoluteCheckInUrl(http, venue.Code)), "image/svg+xml", Encoding.UTF8);
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> QrPng(string venueId, HttpContext http, IGrainFactory grains)
    {
        var (venue, problem) = await AuthorizeVenueAsync(http, grains, venueId, StaffPolicies.VenueManager);
        if (venue is null)
        {
            return problem!;
        }

        return TypedResults.File(VenueQrCode.Png(AbsoluteCheckInUrl(http, venue.Code)), "image/png");
    }

    internal static async Task<Results<Ok<VisitsResponse>, ProblemHttpResult>> GetVisits(
        string venueId, DateTimeOffset? from, DateTimeOffset? to, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var (_, visits, problem) = await ReadVisitsAsync(venueId, from, to, http, grains, time);
        return visits is null
            ? problem!
            : TypedResults.Ok(new VisitsResponse(visits.Count, [.. visits.Select(static v => new VisitResponse(v.At, v.Visitor))]));
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetVisitsCsv(
        string venueId, DateTimeOffset? from, DateTimeOffset? to, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var (venue, visits, problem) = await ReadVisitsAsync(venueId, from, to, http, grains, time);
        return visits is null
            ? problem!
            : Csv(VisitCsv.Visits(venue!.Name, visits, VisitZone(http)), $"visits-{venue.VenueId}.csv");
    }

    internal static async Task<Results<Ok<VisitCountsResponse>, ProblemHttpResult>> GetVisitCounts(
        string venueId, DateOnly? from, DateOnly? to, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var (_, counts, problem) = await ReadVisitCountsAsync(venueId, from, to, http, grains, time);
        return counts is null ? problem! : TypedResults.Ok(new VisitCountsResponse(counts.Sum(static c => c.Count), counts));
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetVisitCountsCsv(
        string venueId, DateOnly? from, DateOnly? to, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var (venue, counts, problem) = await ReadVisitCountsAsync(venueId, from, to, http, grains, time);
        return counts is null ? problem! : Csv(VisitCsv.Counts(venue!.Name, counts), $"visit-counts-{venue.VenueId}.csv");
    }

    /// <summary>The venue's check-ins in the window when the caller may read its visits; otherwise the problem
    /// (404 unknown venue, 403, 400 for a bad window).</summary>
    private static async Task<(VenueInfo? Venue, IReadOnlyList<Visit>? Visits, ProblemHttpResult? Problem)> ReadVisitsAsync(
        string venueId, DateTimeOffset? from, DateTimeOffset? to, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var (venue, problem) = await AuthorizeVenueAsync(http, grains, venueId, StaffPolicies.VenueVisitReader);
        if (venue is null)
        {
            return (null, null, problem);
        }

        if (!TryWindow(from, to, time, out var start, out var end))
        {
            return (null, null, CheckInFailures.InvalidVisitWindow.ToProblem());
        }

        return (venue, await grains.Reference<IVenueGrain>(venue.VenueId).GetVisits(start, end), null);
    }

    /// <summary>The venue's check-ins per local day and hour when the caller may read its visits; otherwise the
    /// problem (404 unknown venue, 403, 400 for a bad range of days).</summary>
    private static async Task<(VenueInfo? Venue, IReadOnlyList<HourlyVisitCount>? Counts, ProblemHttpResult? Problem)> ReadVisitCountsAsync(
        string venueId, DateOnly? from, DateOnly? to, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var (venue, problem) = await AuthorizeVenueAsync(http, grains, venueId, StaffPolicies.VenueVisitReader);
        if (venue is null)
        {
            return (null, null, problem);
        }

        if (!TryDays(from, to, http, time, out var first, out var last))
        {
            return (null, null, CheckInFailures.InvalidVisitWindow.ToProblem());
        }

        return (venue, await grains.Reference<IVenueGrain>(venue.VenueId).GetVisitCounts(first, last), null);
    }

    internal static async Task<Results<Accepted<ExposureReportResponse>, ProblemHttpResult>> ReportExposure(
        string venueId, ExposureReportRequest? body, HttpContext http, IGrainFactory grains)
    {
        var (venue, problem) = await AuthorizeVenueAsync(http, grains, venueId, StaffPolicies.HealthOfficer);
        if (venue is null)
        {
            return problem!;
        }

        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new ValidationErrors();
        if (body.From is null)
        {
            errors.Add("from", "is required");
        }

        if (body.To is null)
        {
            errors.Add("to", "is required");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var receipt = await grains.Reference<IVenueGrain>(venue.VenueId).ReportExposure(body.From!.Value, body.To!.Value, http.User.GetStaffUsername()!);
        return TypedResults.Accepted(
            $"/api/exposures/{receipt.ExposureId}",
            new ExposureReportResponse(receipt.ExposureId, receipt.Recipients, receipt.From, receipt.To, receipt.Until));
    }

    internal static async Task<Results<Ok<ExposureStatusResponse>, ProblemHttpResult>> GetExposure(string exposureId, HttpContext http, IGrainFactory grains)
    {
        if (exposureId.Length > MaxKeyLength)
        {
            return CheckInFailures.UnknownExposure.ToProblem();
        }

        var progress = await grains.Reference<IExposureGrain>(exposureId).GetProgress();
        if (!await StaffAccess.AuthorizeAsync(http, new StaffResource(progress.Tenant, progress.VenueId), StaffPolicies.HealthOfficer))
        {
            return Problems.Forbidden();
        }

        return TypedResults.Ok(new ExposureStatusResponse(
            progress.ExposureId, progress.VenueId, progress.Status.ToString().ToLowerInvariant(), progress.Recipients, progress.Sent, progress.Failed, progress.Pending));
    }

    internal static async Task<Results<Created<LotteryDrawResponse>, ProblemHttpResult>> DrawLottery(
        string tenant, LotteryDrawRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (body is null)
        {
            return Problems.MissingBody();
        }

        var drawId = string.IsNullOrWhiteSpace(body.DrawId) ? Guid.NewGuid().ToString("N") : body.DrawId.Trim();
        var errors = new ValidationErrors();
        if (drawId.Length > MaxKeyLength)
        {
            errors.Add("drawId", $"must be at most {MaxKeyLength} characters");
        }

        if (body.Winners is not (>= 1 and <= 10_000))
        {
            errors.Add("winners", "must be from 1 to 10000");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var lottery = grains.Reference<ILotteryGrain>(tenant);
        var draw = await lottery.Draw(drawId, body.Winners!.Value, user.GetStaffUsername()!);
        var replayed = await lottery.ReplayDraw(draw.DrawId);
        return TypedResults.Created($"/api/tenants/{tenant}/lottery/draws/{Uri.EscapeDataString(draw.DrawId)}", ToResponse(draw, replayed));
    }

    internal static async Task<Results<Ok<LotteryDrawResponse>, ProblemHttpResult>> GetLotteryDraw(string tenant, string drawId, IGrainFactory grains)
    {
        var lottery = grains.Reference<ILotteryGrain>(tenant);
        var draw = await lottery.GetDraw(drawId);
        var replayed = await lottery.ReplayDraw(drawId);
        return TypedResults.Ok(ToResponse(draw, replayed));
    }

    internal static async Task<Results<Created<CheckInResponse>, Ok<CheckInResponse>, ProblemHttpResult>> CheckIn(CheckInRequest? body, IGrainFactory grains)
    {
        if (body is null)
        {
            return Problems.MissingBody();
        }

        if (string.IsNullOrWhiteSpace(body.Code) || body.Code.Length > MaxKeyLength)
        {
            return CheckInFailures.UnknownVenue.ToProblem();
        }

        var result = await grains.Reference<ICheckInGrain>(ICheckInGrain.Key).CheckIn(body.Code, body.Email ?? string.Empty, CheckInChannel.Web);
        var response = ToResponse(result);
        return result.IsNew ? TypedResults.Created((string?)null, response) : TypedResults.Ok(response);
    }

    internal static async Task<Results<Accepted<CheckInResponse>, ProblemHttpResult>> ReceiveMail(
        HttpContext http, IGrainFactory grains, IOptions<InboundMailOptions> options)
    {
        var settings = options.Value;
        if (!SecretMatches(settings.Secret, http.Request.Headers["X-Inbound-Secret"].ToString()))
        {
            return CheckInFailures.BadInboundSecret.ToProblem();
        }

        var message = await ReadBodyAsync(http.Request.Body, InboundMailParser.MaxHeaderBytes, http.RequestAborted);
        var mail = InboundMailParser.Parse(message);
        if (mail.VenueCode is null)
        {
            return CheckInFailures.MailNamesNoVenue.ToProblem();
        }

        if (mail.From is null)
        {
            return CheckInFailures.MailWithoutSender.ToProblem();
        }

        try
        {
            var result = await grains.Reference<ICheckInGrain>(ICheckInGrain.Key).CheckIn(mail.VenueCode, mail.From, CheckInChannel.Mail);
            return TypedResults.Accepted((string?)null, ToResponse(result));
        }
        catch (CheckInException e) when (e.Code == CheckInErrorCodes.UnknownVenue)
        {
            return CheckInFailures.MailNamesNoVenue.ToProblem();
        }
        catch (CheckInException e) when (e.Code == CheckInErrorCodes.InvalidEmail)
        {
            return CheckInFailures.MailWithoutSender.ToProblem();
        }
    }

    /// <summary>The venue when the caller passes <paramref name="policy"/> for it; otherwise the problem to answer
    /// (404 for a venue that does not exist, 403 for one the caller may not see).</summary>
    internal static async Task<(VenueInfo? Venue, ProblemHttpResult? Problem)> AuthorizeVenueAsync(HttpContext http, IGrainFactory grains, string venueId, string policy)
    {
        if (venueId.Length > MaxKeyLength)
        {
            return (null, CheckInFailures.UnknownVenue.ToProblem());
        }

        VenueInfo venue;
        try
        {
            venue = await grains.Reference<IVenueGrain>(venueId).GetInfo();
        }
        catch (CheckInException e) when (e.Code == CheckInErrorCodes.UnknownVenue)
        {
            return (null, CheckInFailures.UnknownVenue.ToProblem());
        }

        return await StaffAccess.AuthorizeAsync(http, new StaffResource(venue.Tenant, venue.VenueId), policy)
            ? (venue, null)
            : (null, Problems.Forbidden());
    }

    /// <summary>The absolute check-in URL under the configured public origin, else under the origin the request came to.</summary>
    internal static Uri AbsoluteCheckInUrl(HttpContext http, string code)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<CheckInLinkOptions>>().Value.PublicBaseUrl;
        return CheckInLinks.AbsoluteCheckInUrl(configured ?? new Uri($"{http.Request.Scheme}://{http.Request.Host}/"), code);
    }

    private static VenueCreatedResponse ToCreatedResponse(VenueInfo venue)
        => new(venue.VenueId, venue.Code, CheckInLinks.CheckInPath(venue.Code), venue.CheckInMailAddress);

    private static CheckInResponse ToResponse(CheckInResult result)
        => new(result.CheckInId, result.VenueName, result.At, result.Points, result.LotteryEntries, result.PointAwarded);

    private static LotteryDrawResponse ToResponse(LotteryDrawResult draw, IReadOnlyList<string> replayed)
        => new(draw.DrawId, draw.DrawnAt, draw.DrawnBy, draw.Seed, draw.Entries.Count, draw.Entries.Sum(static e => e.Entries), draw.Winners, replayed.SequenceEqual(draw.Winners));

    private static bool SecretMatches(string? expected, string given)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return false;
        }

        // Hashing first makes the comparison constant-time regardless of the lengths.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));
    }

    private static async Task<byte[]> ReadBodyAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        // Only the header section matters: read at most that much and leave the rest unread.
        var buffer = new byte[limit];
        var read = 0;
        while (read < limit)
        {
            var n = await body.ReadAsync(buffer.AsMemory(read, limit - read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return buffer[..read];
    }

    private static bool TryWindow(DateTimeOffset? from, DateTimeOffset? to, TimeProvider time, out DateTimeOffset start, out DateTimeOffset end)
    {
        end = to ?? time.GetUtcNow();
        start = from ?? end.AddDays(-1);
        return start < end && end - start <= MaxVisitWindow;
    }

    internal static bool TryDays(DateOnly? from, DateOnly? to, HttpContext http, TimeProvider time, out DateOnly first, out DateOnly last)
    {
        last = to ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), VisitZone(http)).DateTime);
        first = from ?? last.AddDays(-6);
        return first <= last && last.DayNumber - first.DayNumber <= MaxVisitWindow.Days;
    }

    internal static TimeZoneInfo VisitZone(HttpContext http)
    {
        var zone = http.RequestServices.GetRequiredService<IOptions<Grains.CheckIn.CheckInOptions>>().Value.TimeZone;
        return TimeZoneInfo.FindSystemTimeZoneById(zone);
    }

    private static FileContentHttpResult Csv(string csv, string fileName)
    {
        // A byte order mark so that Excel reads the UTF-8 (Japanese venue names) correctly.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", fileName);
    }
}
