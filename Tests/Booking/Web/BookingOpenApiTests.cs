using System.Net;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>The OpenAPI document describes every booking endpoint of the contract.</summary>
[Collection(BookingWebCollection.Name)]
public sealed class BookingOpenApiTests(BookingWebFixture fixture)
{
    [Fact]
    public async Task OpenApi_ListsEveryBookingEndpointOfTheContract()
    {
        using var client = fixture.Anonymous();

        using var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await response.ReadJsonAsync();
        var paths = json.RootElement.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/tenants/{tenant}/campaigns", "post"),
            ("/api/campaigns/{campaignId}/vouchers", "post"),
            ("/api/campaigns/{campaignId}/sites", "post"),
            ("/api/campaigns/{campaignId}/sites/{siteId}/slots", "post"),
            ("/api/campaigns/{campaignId}/availability", "get"),
            ("/api/campaigns/{campaignId}/sessions", "post"),
            ("/api/campaigns/{campaignId}/reservations", "post"),
            ("/api/campaigns/{campaignId}/reservations/mine", "get"),
            ("/api/campaigns/{campaignId}/reservations/{reservationId}", "delete"),
            ("/api/campaigns/{campaignId}/attendance", "post"),
            ("/api/campaigns/{campaignId}/slots/{slotId}", "get"),
            ("/api/campaigns/{campaignId}/waiting-room", "post"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method} {path} is documented");
        }

        Assert.False(paths.TryGetProperty("/booking/{campaignId}", out _), "pages are not part of the API document");
    }
}
