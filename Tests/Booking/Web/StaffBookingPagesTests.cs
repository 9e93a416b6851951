using System.Globalization;
using System.Net;
using System.Text;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Tests.Web;

namespace CheckIn.Tests.Booking.Web;

/// <summary>The municipality-admin's booking pages with plain forms: campaign setup, sites, slots (which
/// publish the campaign), voucher upload with the rejected-lines report, slots by day and attendance.</summary>
[Collection(BookingWebCollection.Name)]
public sealed class StaffBookingPagesTests(BookingWebFixture fixture)
{
    [Fact]
    public async Task StaffPages_SetUpACampaign_ImportVouchers_AndSeeTheRejectedLines()
    {
        using var browser = await SignedInAsync();
        var day = HttpCampaign.LocalToday.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var opensAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).AddDays(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        await browser.PageAsync("/staff/booking");
        var (created, _) = await browser.PostAsync("/staff/booking/campaigns", new Dictionary<string, string>
        {
            ["name"] = "Autumn boosters",
            ["opensAt"] = opensAt,
            ["utcOffset"] = "+09:00",
            ["doseIntervalDays"] = "0",
            ["firstDate"] = "",
            ["lastDate"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var campaignPage = created.Headers.Location!.OriginalString.Split('?')[0];
        Assert.Matches("^/staff/booking/campaigns/c[0-9a-f]{32}$", campaignPage);

        var draft = await browser.PageAsync(campaignPage);
        Assert.Contains("data-status=\"draft\"", draft, StringComparison.Ordinal);
        var (siteAdded, _) = await browser.PostAsync(campaignPage + "/sites", new Dictionary<string, string> { ["name"] = "City gym", ["address"] = "4-4 Minami" });
        Assert.Equal(HttpStatusCode.Redirect, siteAdded.StatusCode);
        var withSite = await browser.PageAsync(campaignPage + "?done=site");
        var siteId = PageBrowser.Find(withSite, "<option value=\"(s[0-9a-f]+)\"");
        var (slotsAdded, published) = await browser.PostAsync(campaignPage + "/slots", new Dictionary<string, string>
        {
            ["siteId"] = siteId,
            ["date"] = day,
            ["times"] = "09:00, 09:30\n10:00",
            ["capacity"] = "20",
        });
        Assert.Equal(HttpStatusCode.OK, slotsAdded.StatusCode);
        Assert.Contains("data-status=\"published\"", published, StringComparison.Ordinal);

        await browser.PageAsync(campaignPage + "/vouchers");
        var csv = Encoding.UTF8.GetBytes("voucherNumber,birthDate\n6000000001,1950-01-01\n60000,1950-01-01\n6000000002,1950-13-01\n6000000001,1950-01-01\n");
        var (imported, report) = await browser.UploadAsync(campaignPage + "/vouchers", "file", "vouchers.csv", csv);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("1件を取り込みました", report, StringComparison.Ordinal);
        Assert.Contains("id=\"rejected-lines\"", report, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">3</td><td>bad voucher number", report, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">4</td><td>bad birth date", report, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">5</td><td>duplicate in file", report, StringComparison.Ordinal);

        var slots = await browser.PageAsync(campaignPage + "/slots?date=" + day);
        var slotPage = PageBrowser.Find(slots, "href=\"(/staff/booking/campaigns/[^\"]+/slots/[^\"]+)\"");
        await browser.PageAsync(slotPage);
        var (attendance, attendanceHtml) = await browser.PostAsync(slotPage + "/attendance", new Dictionary<string, string> { ["attendanceCode"] = "00000000" });
        Assert.Equal(HttpStatusCode.Conflict, attendance.StatusCode);
        Assert.Contains("role=\"alert\"", attendanceHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateCampaignForm_BadInput_ShowsTheFormAgainWithTheErrors()
    {
        using var browser = await SignedInAsync();
        await browser.PageAsync("/staff/booking?lang=en");

        var (response, html) = await browser.PostAsync("/staff/booking/campaigns?lang=en", new Dictionary<string, string>
        {
            ["name"] = "",
            ["opensAt"] = "soon",
            ["utcOffset"] = "+09:00",
            ["doseIntervalDays"] = "many",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name: is required", html, StringComparison.Ordinal);
        Assert.Contains("opensAt:", html, StringComparison.Ordinal);
        Assert.Contains("doseIntervalDays:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CampaignPage_OfAnotherTenant_IsForbidden()
    {
        using var staff = fixture.Staff();
        var campaign = await HttpCampaign.CreateAsync(staff, fixture.Tenant);
        using var browser = await SignedInAsync(fixture.OtherTenant);

        var (response, html) = await browser.GetAsync($"/staff/booking/campaigns/{campaign.CampaignId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Vaccination " + fixture.Tenant, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Community hall", html, StringComparison.Ordinal);
    }

    private async Task<PageBrowser> SignedInAsync(string? tenant = null)
    {
        var browser = new PageBrowser(fixture.Factory);
        await browser.PageAsync("/signin");
        var (signedIn, _) = await browser.PostAsync("/signin", new Dictionary<string, string>
        {
            ["username"] = WebFixture.UsernameFor(tenant ?? fixture.Tenant, StaffRoles.MunicipalityAdmin),
            ["password"] = BookingWebFixture.StaffPassword,
            ["returnUrl"] = "/staff/booking",
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }
}
