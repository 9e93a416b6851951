using System.Net;
using System.Text.Json;
using CheckIn.Tests.Booking.Web;

namespace CheckIn.Tests.Web.RoleMatrix;

/// <summary>The venue check-in endpoints of API.md in the role matrix. Venue rows act on a fresh venue that the
/// tenant's venue operator registered (so it holds it); the exposure row reads an exposure the tenant's health
/// officer reported; the lottery row reads a draw the municipality admin made.</summary>
public static class CheckInMatrixRows
{
    private static readonly HashSet<MatrixActor> s_venueCreators = [MatrixActor.MunicipalityAdmin, MatrixActor.VenueOperator];
    private static readonly HashSet<MatrixActor> s_venueManagers = [MatrixActor.MunicipalityAdmin, MatrixActor.VenueOperator];
    private static readonly HashSet<MatrixActor> s_visitReaders = [MatrixActor.MunicipalityAdmin, MatrixActor.HealthOfficer, MatrixActor.VenueOperator];
    private static readonly HashSet<MatrixActor> s_healthOfficers = [MatrixActor.HealthOfficer];
    private static readonly HashSet<MatrixActor> s_municipalityAdmins = [MatrixActor.MunicipalityAdmin];
    private static readonly HashSet<MatrixActor> s_anyTenantStaff =
    [
        MatrixActor.MunicipalityAdmin, MatrixActor.HealthOfficer, MatrixActor.VenueOperator,
        MatrixActor.OtherMunicipalityAdmin, MatrixActor.OtherHealthOfficer, MatrixActor.OtherVenueOperator,
    ];

    private static readonly HashSet<MatrixActor> s_anyVenueCreator =
        [MatrixActor.MunicipalityAdmin, MatrixActor.VenueOperator, MatrixActor.OtherMunicipalityAdmin, MatrixActor.OtherVenueOperator];

    public static IReadOnlyList<RoleMatrixRow> All { get; } =
    [
        new("POST", "/api/tenants/{tenant}/venues", s_venueCreators, HttpStatusCode.Created,
            (c, _) => Task.FromResult(RoleMatrixContext.Json("POST", $"/api/tenants/{c.Tenant}/venues", new { name = "Matrix café", category = "cafe", address = "1-1" }))),
        VenueGet("/api/venues/{venueId}/qr.svg", s_venueManagers),
        VenueGet("/api/venues/{venueId}/qr.png", s_venueManagers),
        VenueGet("/staff/venues/{venueId}/poster", s_venueManagers),
        VenueGet("/api/venues/{venueId}/visits", s_visitReaders),
        VenueGet("/api/venues/{venueId}/visits.csv", s_visitReaders),
        VenueGet("/api/venues/{venueId}/visit-counts", s_visitReaders),
        VenueGet("/api/venues/{venueId}/visit-counts.csv", s_visitReaders),
        new("POST", "/api/venues/{venueId}/exposures", s_healthOfficers, HttpStatusCode.Accepted,
            async (c, _) => RoleMatrixContext.Json("POST", $"/api/venues/{await CreateVenueAsync(c)}/exposures", Window())),
        new("GET", "/api/exposures/{exposureId}", s_healthOfficers, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("GET", $"/api/exposures/{await ReportExposureAsync(c)}")),
        new("POST", "/api/venues/{venueId}/code", s_venueManagers, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("POST", $"/api/venues/{await CreateVenueAsync(c)}/code")),
        new("GET", "/staff/venues", s_anyTenantStaff, HttpStatusCode.OK,
            (_, _) => Task.FromResult(RoleMatrixContext.Empty("GET", "/staff/venues"))),
        new("POST", "/staff/venues", s_anyVenueCreator, HttpStatusCode.Redirect,
            (c, actor) => BookingMatrixSetup.FormAsync(c, actor, "/staff/venues", new Dictionary<string, string>
            {
                ["name"] = "Matrix page venue",
                ["category"] = "cafe",
                ["address"] = "1-1",
            })),
        VenueGet("/staff/venues/{venueId}", s_visitReaders),
        new("POST", "/staff/venues/{venueId}/code", s_venueManagers, HttpStatusCode.Redirect,
            async (c, actor) => await BookingMatrixSetup.FormAsync(c, actor, $"/staff/venues/{await CreateVenueAsync(c)}/code", new Dictionary<string, string>())),
        new("POST", "/staff/venues/{venueId}/exposures", s_healthOfficers, HttpStatusCode.Redirect,
            async (c, actor) => await BookingMatrixSetup.FormAsync(c, actor, $"/staff/venues/{await CreateVenueAsync(c)}/exposures", LocalWindow())),
        new("GET", "/staff/exposures/{exposureId}", s_healthOfficers, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("GET", $"/staff/exposures/{await ReportExposureAsync(c)}")),
        new("POST", "/api/tenants/{tenant}/lottery/draws", s_municipalityAdmins, HttpStatusCode.Created,
            (c, _) => Task.FromResult(RoleMatrixContext.Json("POST", $"/api/tenants/{c.Tenant}/lottery/draws", new { winners = 1 }))),
        new("GET", "/api/tenants/{tenant}/lottery/draws/{drawId}", s_municipalityAdmins, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("GET", $"/api/tenants/{c.Tenant}/lottery/draws/{await DrawAsync(c)}")),
    ];

    private static RoleMatrixRow VenueGet(string route, IReadOnlySet<MatrixActor> allowed)
        => new("GET", route, allowed, HttpStatusCode.OK,
            async (c, _) => RoleMatrixContext.Empty("GET", route.Replace("{venueId}", await CreateVenueAsync(c), StringComparison.Ordinal)));

    private static object Window()
    {
        var now = DateTimeOffset.UtcNow;
        return new { from = now.AddHours(-2), to = now.AddHours(-1) };
    }

    /// <summary>The exposure form's fields: the same window as <see cref="Window"/>, as local times in Tokyo.</summary>
    private static Dictionary<string, string> LocalWindow()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9));
        static string Local(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, string> { ["from"] = Local(now.AddHours(-2)), ["to"] = Local(now.AddHours(-1)) };
    }

    private static async Task<string> CreateVenueAsync(RoleMatrixContext context)
    {
        var body = await SendAsync(context, MatrixActor.VenueOperator, RoleMatrixContext.Json("POST", $"/api/tenants/{context.Tenant}/venues", new { name = "Matrix venue", category = "cafe", address = "1-1" }), HttpStatusCode.Created);
        return body.GetProperty("venueId").GetString()!;
    }

    private static async Task<string> ReportExposureAsync(RoleMatrixContext context)
    {
        var venueId = await CreateVenueAsync(context);
        var body = await SendAsync(context, MatrixActor.HealthOfficer, RoleMatrixContext.Json("POST", $"/api/venues/{venueId}/exposures", Window()), HttpStatusCode.Accepted);
        return body.GetProperty("exposureId").GetString()!;
    }

    private static async Task<string> DrawAsync(RoleMatrixContext context)
    {
        var body = await SendAsync(context, MatrixActor.MunicipalityAdmin, RoleMatrixContext.Json("POST", $"/api/tenants/{context.Tenant}/lottery/draws", new { winners = 1 }), HttpStatusCode.Created);
        return body.GetProperty("drawId").GetString()!;
    }

    private static async Task<JsonElement> SendAsync(RoleMatrixContext context, MatrixActor actor, HttpRequestMessage request, HttpStatusCode expected)
    {
        using var client = context.Fixture.ClientWithToken(context.TokenOf(actor));
        using (request)
        {
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == expected, $"setup as {actor}: {(int)response.StatusCode} {body}");
            using var json = JsonDocument.Parse(body);
            return json.RootElement.Clone();
        }
    }
}
