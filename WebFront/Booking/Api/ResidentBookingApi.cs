using CheckIn.Grains.Interfaces;
using System.Globalization;
using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Booking.Campaigns;
using CheckIn.WebFront.Booking.Sessions;
using CheckIn.WebFront.Booking.WaitingRoom;
using CheckIn.WebFront.Errors;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CheckIn.WebFront.Booking.Api;

/// <summary>The residents' side of vaccination booking (API.md, Vaccination booking): the public availability
/// feed, sign-in with a voucher, reservations and cancellation. Sign-in and reservation go through the
/// waiting room during the opening minutes.</summary>
public static class ResidentBookingApi
{
    /// <summary>The request header that makes a reservation request idempotent.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private const int MaxIdempotencyKeyLength = 200;

    public static IEndpointRouteBuilder MapResidentBookingApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/campaigns/{campaignId}")
            .WithTags("Booking (residents)")
            .RequireRateLimiting(RateLimitPolicies.PerClientAddress);
        api.MapGet("/availability", GetAvailability)
            .WithName("GetAvailability")
            .WithSummary("Free seats of a date's slots (public, cached, may lag a few seconds)");
        api.MapPost("/sessions", CreateSession)
            .AddEndpointFilter<WaitingRoomEndpointFilter>()
            .WithName("CreateSession")
            .WithSummary("Signs a resident in with voucher number and birth date");
        api.MapPost("/reservations", CreateReservation)
            .AddEndpointFilter<WaitingRoomEndpointFilter>()
            .WithName("CreateReservation")
            .WithSummary("Books dose 1 in a slot, and dose 2 after the campaign's interval");
        api.MapGet("/reservations/mine", GetMyReservations)
            .WithName("GetMyReservations")
            .WithSummary("The signed-in resident's reservations");
        api.MapDelete("/reservations/{reservationId}", CancelReservation)
            .WithName("CancelReservation")
            .WithSummary("Cancels a dose-1 reservation and its dose 2");
        return app;
    }

    internal static async Task<Results<Ok<AvailabilityResponse>, ProblemHttpResult>> GetAvailability(
        string campaignId, string? date, string? siteId, HttpContext http, CampaignDirectory campaigns, IGrainFactory grains, IOptions<BookingWebOptions> options)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        var errors = new BookingValidation();
        if (string.IsNullOrEmpty(date))
        {
            errors.Add("date", "is required");
        }
        else if (!BookingInput.TryParseDate(date, out _))
        {
            errors.Add("date", "must be a date YYYY-MM-DD");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (!string.IsNullOrEmpty(siteId) && !campaign.Sites.Any(s => s.SiteId == siteId))
        {
            return BookingFailures.UnknownSite.ToProblem();
        }

        BookingInput.TryParseDate(date, out var day);
        var snapshot = await grains.Reference<IAvailabilityCacheGrain>(BookingKeys.Day(campaign.CampaignId, day)).Get(string.IsNullOrEmpty(siteId) ? null : siteId);
        var maxAge = (int)options.Value.AvailabilityMaxAge.TotalSeconds;
        http.Response.Headers.CacheControl = maxAge > 0 ? "public, max-age=" + maxAge.ToString(CultureInfo.InvariantCulture) : "no-cache";
        return TypedResults.Ok(new AvailabilityResponse(snapshot.Date, snapshot.AsOf, snapshot.Slots));
    }

    internal static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> CreateSession(
        string campaignId, CreateSessionRequest? body, HttpContext http, CampaignDirectory campaigns, ResidentSignIn signIn)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new BookingValidation();
        if (string.IsNullOrEmpty(body.VoucherNumber))
        {
            errors.Add("voucherNumber", "is required");
        }

        if (string.IsNullOrEmpty(body.BirthDate))
        {
            errors.Add("birthDate", "is required");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var result = await signIn.SignInAsync(campaign.CampaignId, body.VoucherNumber, body.BirthDate, ClientAddress.Of(http));
        switch (result.Status)
        {
            case ResidentSignInStatus.Succeeded:
                var session = result.Session!;
                return TypedResults.Ok(new SessionResponse(session.Token, session.ResidentId, session.ExpiresAt));
            case ResidentSignInStatus.LockedOut:
                var seconds = Math.Max(1, (int)Math.Ceiling((result.RetryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds));
                http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
                return BookingFailures.LockedOut.ToProblem();
            default:
                return BookingFailures.InvalidVoucher.ToProblem();
        }
    }

    internal static async Task<Results<Created<ReservationResponse>, ProblemHttpResult>> CreateReservation(
        string campaignId, CreateReservationRequest? body, HttpContext http, ResidentSessions sessions, IGrainFactory grains)
    {
        var (session, unauthorized) = await ResidentAuth.RequireAsync(http, sessions, campaignId);
        if (session is null)
        {
            return unauthorized!;
        }

        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new BookingValidation();
        if (string.IsNullOrEmpty(body.SlotId))
        {
            errors.Add("slotId", "is required");
        }

        string? idempotencyKey = null;
        if (http.Request.Headers.TryGetValue(IdempotencyKeyHeader, out var keys))
        {
            idempotencyKey = keys.Count == 1 ? keys[0]?.Trim() : null;
            if (string.IsNullOrEmpty(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength)
            {
                errors.Add(IdempotencyKeyHeader, $"must be one value of 1 to {MaxIdempotencyKeyLength} characters");
            }
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (!BookingInput.IsId(body.SlotId))
        {
            return BookingFailures.UnknownSlot.ToProblem();
        }

        // Refusals come back as values: most requests of an opening-day stampede are refused (slot_full).
        var attempt = await Resident(grains, session).TryBook(new BookingRequest(body.SlotId!, 1, idempotencyKey));
        return attempt.Booked is { } result
            ? TypedResults.Created($"/api/campaigns/{campaignId}/reservations/mine", ReservationResponse.From(result))
            : attempt.Refusal!.ToProblem();
    }

    internal static async Task<Results<Ok<MyReservationsResponse>, ProblemHttpResult>> GetMyReservations(string campaignId, HttpContext http, ResidentSessions sessions, IGrainFactory grains)
    {
        var (session, unauthorized) = await ResidentAuth.RequireAsync(http, sessions, campaignId);
        if (session is null)
        {
            return unauthorized!;
        }

        var reservations = await Resident(grains, session).GetReservations();
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new MyReservationsResponse([.. reservations.Select(MyReservation.From)]));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> CancelReservation(string campaignId, string reservationId, HttpContext http, ResidentSessions sessions, IGrainFactory grains)
    {
        var (session, unauthorized) = await ResidentAuth.RequireAsync(http, sessions, campaignId);
        if (session is null)
        {
            return unauthorized!;
        }

        if (!BookingInput.IsId(reservationId))
        {
            return BookingFailures.UnknownReservation.ToProblem();
        }

        await Resident(grains, session).Cancel(reservationId);
        return TypedResults.NoContent();
    }

    private static IResidentGrain Resident(IGrainFactory grains, ResidentSessionClaims session)
        => grains.Reference<IResidentGrain>(BookingKeys.Resident(session.CampaignId, session.ResidentId));
}
