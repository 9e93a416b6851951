using CheckIn.WebFront.Booking.Campaigns;
using CheckIn.WebFront.Errors;

namespace CheckIn.WebFront.Booking.WaitingRoom;

/// <summary>Guards the API's booking entry points (sign-in, reservation) during the opening minutes: without a
/// valid admission token in <see cref="WaitingRoomGate.AdmissionHeader"/> the request is refused with
/// <c>403 admission_required</c>, naming the waiting room to enter, and changes nothing.</summary>
internal sealed class WaitingRoomEndpointFilter(WaitingRoomGate gate, CampaignDirectory campaigns) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!gate.Options.Enabled)
        {
            return await next(context);
        }

        var http = context.HttpContext;
        var campaignId = http.GetRouteValue(CampaignAdminHandler.RouteKey) as string;
        var campaign = await campaigns.FindAsync(campaignId);
        if (campaign is null || !gate.IsActive(campaign))
        {
            return await next(context);
        }

        if (await gate.IsAdmittedAsync(campaign.CampaignId, http.Request.Headers[WaitingRoomGate.AdmissionHeader].ToString()))
        {
            return await next(context);
        }

        return Problems.Of(
            BookingFailures.AdmissionRequired.Status,
            BookingFailures.AdmissionRequired.Code,
            BookingFailures.AdmissionRequired.Title,
            $"POST /api/campaigns/{campaign.CampaignId}/waiting-room for a place, then send the admission token in {WaitingRoomGate.AdmissionHeader}.",
            new Dictionary<string, object?> { ["waitingRoom"] = $"/api/campaigns/{campaign.CampaignId}/waiting-room" });
    }
}
