namespace CheckIn.WebFront.Booking.Campaigns;

/// <summary>Authorization policies of the booking area's staff endpoints.</summary>
public static class BookingPolicies
{
    /// <summary>municipality-admin of the tenant that owns the route's <c>{campaignId}</c> (campaign routes do
    /// not name the tenant: it is looked up). For an unknown campaign any municipality-admin passes, and the
    /// endpoint answers 404.</summary>
    public const string CampaignAdmin = "booking:campaign-admin";

    /// <summary>Any municipality-admin, acting in its own tenant (staff pages that name no campaign).</summary>
    public const string AnyMunicipalityAdmin = "booking:any-municipality-admin";
}
