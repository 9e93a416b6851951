namespace CheckIn.WebFront.Auth;

/// <summary>Authorization policy names for staff endpoints (API.md, Auth). Tenant policies read the route's
/// <c>{tenant}</c>; add more with <see cref="StaffAuthorizationExtensions.AddTenantPolicy"/>.</summary>
public static class StaffPolicies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string AnyStaff = "staff:any";

    /// <summary>The <c>admin</c> role.</summary>
    public const string Admin = "staff:admin";

    /// <summary>admin, or municipality-admin of the route's tenant (tenant staff).</summary>
    public const string TenantStaffManager = "staff:tenant-staff-manager";

    /// <summary>municipality-admin of the route's tenant (campaigns, sites, slots, vouchers, attendance).</summary>
    public const string MunicipalityAdmin = "staff:municipality-admin";

    /// <summary>health-officer of the route's tenant (exposures).</summary>
    public const string HealthOfficer = "staff:health-officer";

    /// <summary>municipality-admin or venue-operator of the route's tenant (creating venues).</summary>
    public const string VenueCreator = "staff:venue-creator";

    /// <summary>municipality-admin of the tenant, or venue-operator holding the venue (QR posters).</summary>
    public const string VenueManager = "staff:venue-manager";

    /// <summary>municipality-admin or health-officer of the tenant, or venue-operator holding the venue (visits).</summary>
    public const string VenueVisitReader = "staff:venue-visit-reader";
}
