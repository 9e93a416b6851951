using Microsoft.AspNetCore.Authorization;

namespace CheckIn.WebFront.Booking.Campaigns;

/// <summary>The caller is municipality-admin of the tenant owning the route's campaign
/// (<see cref="BookingPolicies.CampaignAdmin"/>).</summary>
public sealed class CampaignAdminRequirement : IAuthorizationRequirement;
