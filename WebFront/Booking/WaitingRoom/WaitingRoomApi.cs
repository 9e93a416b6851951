using System.Globalization;
using CheckIn.WebFront.Booking.Campaigns;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CheckIn.WebFront.Booking.WaitingRoom;

/// <summary>The waiting room for API clients: <c>POST /api/campaigns/{campaignId}/waiting-room</c> takes a place
/// (a signed ticket); <c>GET</c> with the ticket in <c>X-Waiting-Room-Ticket</c> says where it stands and, once
/// admitted, gives the admission token that sign-in and reservation requests carry in <c>X-Admission-Token</c>.</summary>
public static class WaitingRoomApi
{
    public static IEndpointRouteBuilder MapWaitingRoomApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/campaigns/{campaignId}/waiting-room")
            .WithTags("Booking (residents)")
            .RequireRateLimiting(RateLimitPolicies.PerClientAddress);
        api.MapPost("", Enter)
            .WithName("EnterWaitingRoom")
            .WithSummary("Takes a place in the campaign's waiting room (opening minutes)");
        api.MapGet("", GetStatus)
            .WithName("GetWaitingRoomStatus")
            .WithSummary("Where a ticket stands; the admission token once it is admitted");
        return app;
    }

    internal static async Task<Results<Ok<WaitingRoomResponse>, ProblemHttpResult>> Enter(string campaignId, HttpContext http, CampaignDirectory campaigns, WaitingRoomGate gate)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        return TypedResults.Ok(Respond(http, gate, await gate.EnterAsync(campaign)));
    }

    internal static async Task<Results<Ok<WaitingRoomResponse>, ProblemHttpResult>> GetStatus(string campaignId, HttpContext http, CampaignDirectory campaigns, WaitingRoomGate gate)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        var pass = await gate.CheckAsync(campaign, http.Request.Headers[WaitingRoomGate.TicketHeader].ToString());
        return pass is null ? BookingFailures.InvalidTicket.ToProblem() : TypedResults.Ok(Respond(http, gate, pass));
    }

    /// <summary>How long a waiting visitor should wait before asking again: half the estimate, within the
    /// configured bounds, so that a long queue does not poll the waiting room faster than it moves.</summary>
    public static TimeSpan RefreshAfter(WaitingRoomPass pass, WaitingRoomOptions options)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(options);
        if (pass.Admitted)
        {
            return TimeSpan.Zero;
        }

        var half = pass.EstimatedWait / 2;
        return half < options.MinRefresh ? options.MinRefresh : half > options.MaxRefresh ? options.MaxRefresh : half;
    }

    private static WaitingRoomResponse Respond(HttpContext http, WaitingRoomGate gate, WaitingRoomPass pass)
    {
        var retry = (int)Math.Ceiling(RefreshAfter(pass, gate.Options).TotalSeconds);
        if (retry > 0)
        {
            http.Response.Headers[HeaderNames.RetryAfter] = retry.ToString(CultureInfo.InvariantCulture);
        }

        http.Response.Headers.CacheControl = "no-store";
        return new WaitingRoomResponse(pass.Active, pass.Position, pass.Admitted, pass.AdmittedThrough, (int)Math.Ceiling(pass.EstimatedWait.TotalSeconds), retry,
            pass.Ticket, pass.AdmissionToken, pass.AdmissionExpiresAt);
    }
}
