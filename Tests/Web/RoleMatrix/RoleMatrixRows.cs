using System.Net;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Tests.Booking.Web;

namespace CheckIn.Tests.Web.RoleMatrix;

/// <summary>Every staff endpoint with who may call it (API.md). Later issues add their endpoints here:
/// <c>RoleMatrixTests.RoleMatrix_CoversEveryAuthorizedEndpoint</c> fails for an authorized endpoint
/// without a row.</summary>
public static class RoleMatrixRows
{
    private static readonly HashSet<MatrixActor> s_adminOnly = [MatrixActor.Admin];
    private static readonly HashSet<MatrixActor> s_allStaff =
    [
        MatrixActor.Admin,
        MatrixActor.MunicipalityAdmin,
        MatrixActor.HealthOfficer,
        MatrixActor.VenueOperator,
        MatrixActor.OtherMunicipalityAdmin,
        MatrixActor.OtherHealthOfficer,
        MatrixActor.OtherVenueOperator,
    ];

    private static readonly HashSet<MatrixActor> s_municipalityAdmin = [MatrixActor.MunicipalityAdmin];
    private static readonly HashSet<MatrixActor> s_anyMunicipalityAdmin = [MatrixActor.MunicipalityAdmin, MatrixActor.OtherMunicipalityAdmin];

    public static IReadOnlyList<RoleMatrixRow> All { get; } =
    [
        new("POST", "/api/tenants", s_adminOnly, HttpStatusCode.Created,
            (_, _) => Task.FromResult(RoleMatrixContext.Json("POST", "/api/tenants", new { id = RoleMatrixContext.Unique("m"), name = "Matrix" }))),
        new("POST", "/api/tenants/{tenant}/staff", new HashSet<MatrixActor> { MatrixActor.Admin, MatrixActor.MunicipalityAdmin }, HttpStatusCode.Created,
            (c, _) => Task.FromResult(RoleMatrixContext.Json("POST", $"/api/tenants/{c.Tenant}/staff",
                new { username = RoleMatrixContext.Unique("s"), password = WebFixture.StaffPassword, role = StaffRoles.HealthOfficer }))),
        new("GET", "/api/cluster", s_adminOnly, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/api/cluster"))),
        new("GET", "/operations", s_adminOnly, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/operations"))),
        new("GET", "/operations/live", s_adminOnly, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/operations/live"))),
        // Microsoft.Orleans.Dashboard: its page and its JSON API, all behind the admin policy.
        new("GET", "/dashboard", s_adminOnly, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/dashboard/"))),
        new("GET", "/dashboard/ClusterStats", s_adminOnly, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/dashboard/ClusterStats"))),
        new("GET", "/staff", s_allStaff, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/staff"))),

        // Vaccination booking (API.md): municipality-admin of the tenant that owns the campaign.
        new("POST", "/api/tenants/{tenant}/campaigns", s_municipalityAdmin, HttpStatusCode.Created,
            (c, _) => Task.FromResult(RoleMatrixContext.Json("POST", $"/api/tenants/{c.Tenant}/campaigns",
                new { name = "Matrix", opensAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture), doseIntervalDays = 21 }))),
        new("GET", "/api/campaigns/{campaignId}", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("GET", $"/api/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}")),
        new("POST", "/api/campaigns/{campaignId}/publish", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("POST", $"/api/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}/publish")),
        new("POST", "/api/campaigns/{campaignId}/vouchers", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, _) => BookingMatrixSetup.Csv($"/api/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}/vouchers")),
        new("POST", "/api/campaigns/{campaignId}/sites", s_municipalityAdmin, HttpStatusCode.Created,
            async (c, _) => RoleMatrixContext.Json("POST", $"/api/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}/sites", new { name = "Gym", address = "2-2" })),
        new("POST", "/api/campaigns/{campaignId}/sites/{siteId}/slots", s_municipalityAdmin, HttpStatusCode.Created,
            async (c, _) =>
            {
                var (campaignId, siteId, _) = await BookingMatrixSetup.CampaignAsync(c);
                return RoleMatrixContext.Json("POST", $"/api/campaigns/{campaignId}/sites/{siteId}/slots",
                    new { date = DateTime.UtcNow.AddDays(4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), times = new[] { "09:00" }, capacity = 10 });
            }),
        new("POST", "/api/campaigns/{campaignId}/attendance", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, actor) =>
            {
                var (campaignId, slotId, code) = await BookingMatrixSetup.AttendanceAsync(c, actor);
                return RoleMatrixContext.Json("POST", $"/api/campaigns/{campaignId}/attendance", new { slotId, attendanceCode = code });
            }),
        new("GET", "/api/campaigns/{campaignId}/slots/{slotId}", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, _) =>
            {
                var (campaignId, _, slotId) = await BookingMatrixSetup.CampaignAsync(c);
                return RoleMatrixContext.Empty("GET", $"/api/campaigns/{campaignId}/slots/{slotId}");
            }),
        new("GET", "/staff/booking", s_anyMunicipalityAdmin, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/staff/booking"))),
        new("POST", "/staff/booking/campaigns", s_anyMunicipalityAdmin, HttpStatusCode.Redirect,
            (c, actor) => BookingMatrixSetup.FormAsync(c, actor, "/staff/booking/campaigns", new Dictionary<string, string>
            {
                ["name"] = "Matrix page",
                ["opensAt"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                ["utcOffset"] = "+09:00",
                ["doseIntervalDays"] = "21",
            })),
        new("GET", "/staff/booking/campaigns/{campaignId}", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("GET", $"/staff/booking/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}")),
        new("POST", "/staff/booking/campaigns/{campaignId}/publish", s_municipalityAdmin, HttpStatusCode.Redirect,
            async (c, actor) => await BookingMatrixSetup.FormAsync(c, actor, $"/staff/booking/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}/publish", new Dictionary<string, string>())),
        new("POST", "/staff/booking/campaigns/{campaignId}/sites", s_municipalityAdmin, HttpStatusCode.Redirect,
            async (c, actor) => await BookingMatrixSetup.FormAsync(c, actor, $"/staff/booking/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}/sites",
                new Dictionary<string, string> { ["name"] = "Page gym", ["address"] = "3-3" })),
        new("POST", "/staff/booking/campaigns/{campaignId}/slots", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, actor) =>
            {
                var (campaignId, siteId, _) = await BookingMatrixSetup.CampaignAsync(c);
                return await BookingMatrixSetup.FormAsync(c, actor, $"/staff/booking/campaigns/{campaignId}/slots", new Dictionary<string, string>
                {
                    ["siteId"] = siteId,
                    ["date"] = DateTime.UtcNow.AddDays(4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["times"] = "09:00 09:30",
                    ["capacity"] = "10",
                });
            }),
        new("GET", "/staff/booking/campaigns/{campaignId}/slots", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("GET", $"/staff/booking/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}/slots")),
        new("GET", "/staff/booking/campaigns/{campaignId}/slots/{slotId}", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, _) =>
            {
                var (campaignId, _, slotId) = await BookingMatrixSetup.CampaignAsync(c);
                return RoleMatrixContext.Empty("GET", $"/staff/booking/campaigns/{campaignId}/slots/{slotId}");
            }),
        new("POST", "/staff/booking/campaigns/{campaignId}/slots/{slotId}/attendance", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, actor) =>
            {
                var (campaignId, slotId, code) = await BookingMatrixSetup.AttendanceAsync(c, actor);
                return await BookingMatrixSetup.FormAsync(c, actor, $"/staff/booking/campaigns/{campaignId}/slots/{slotId}/attendance",
                    new Dictionary<string, string> { ["attendanceCode"] = code });
            }),
        new("GET", "/staff/booking/campaigns/{campaignId}/vouchers", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("GET", $"/staff/booking/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}/vouchers")),
        new("POST", "/staff/booking/campaigns/{campaignId}/vouchers", s_municipalityAdmin, HttpStatusCode.OK,
            async (c, actor) => await BookingMatrixSetup.UploadAsync(c, actor, $"/staff/booking/campaigns/{(await BookingMatrixSetup.CampaignAsync(c)).CampaignId}/vouchers")),
        .. CheckInMatrixRows.All,
    ];
}
