using System.Net;

namespace CheckIn.Tests.Booking.Web;

/// <summary>The queue page for browsers without JavaScript: a resident arriving in the opening minutes is sent
/// to it, sees the position, the page refreshes itself, and once admitted goes back where they were going.</summary>
[Collection(WaitingRoomCollection.Name)]
public sealed class WaitingRoomPagesTests(WaitingRoomFixture fixture)
{
    [Fact]
    public async Task StartPage_InTheOpeningMinutes_GoesThroughTheQueuePage_UntilAdmitted()
    {
        var staff = await fixture.StaffAsync();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, opensAt: fixture.Clock.GetUtcNow().AddMinutes(5));
        using var early = new PageBrowser(fixture.Factory);
        using var resident = new PageBrowser(fixture.Factory);
        var start = $"/booking/{campaign.CampaignId}";
        var queue = $"{start}/waiting-room?returnUrl=%2Fbooking%2F{campaign.CampaignId}";

        var (first, _) = await early.GetAsync(start);
        var (redirected, _) = await resident.GetAsync(start);
        await early.PageAsync(queue);
        var page = await resident.PageAsync(queue);
        var again = await resident.PageAsync(queue);

        Assert.Equal(queue, first.Headers.Location?.OriginalString);
        Assert.Equal(queue, redirected.Headers.Location?.OriginalString);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"queue-position\">2<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"queue-position\">2<", again, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);

        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var (stillWaiting, waitingHtml) = await resident.GetAsync(queue);
        Assert.Equal(HttpStatusCode.OK, stillWaiting.StatusCode);
        Assert.Contains("id=\"queue-ahead\">0<", waitingHtml, StringComparison.Ordinal);

        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var (admitted, _) = await resident.GetAsync(queue);
        Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
        Assert.Equal(start, admitted.Headers.Location?.OriginalString);
        Assert.Contains(admitted.Headers.GetValues("Set-Cookie"), static c => c.StartsWith("checkin_admission=", StringComparison.Ordinal));
        var signIn = await resident.PageAsync(start);
        Assert.Contains("<label for=\"voucherNumber\">", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueuePage_ReturnUrlOfAnotherSite_IsIgnored()
    {
        var staff = await fixture.StaffAsync();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant, opensAt: fixture.Clock.GetUtcNow().AddMinutes(5));
        using var resident = new PageBrowser(fixture.Factory);

        var page = await resident.PageAsync($"/booking/{campaign.CampaignId}/waiting-room?returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Contains($"<a href=\"/booking/{campaign.CampaignId}/waiting-room?returnUrl=%2Fbooking%2F{campaign.CampaignId}\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://evil", page, StringComparison.Ordinal);
    }
}
