using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Tests.Web.RoleMatrix;

namespace CheckIn.Tests.Booking.Web;

/// <summary>What the role-matrix rows of the booking staff endpoints need: campaigns of the matrix tenant
/// (made through the grains, quickly), a booked attendance code, and the anti-forgery token and cookie that
/// the staff pages' forms carry, fetched as the calling actor.</summary>
public static partial class BookingMatrixSetup
{
    /// <summary>A draft campaign of the matrix tenant, opening tomorrow, with a site and a slot three days ahead.</summary>
    public static async Task<(string CampaignId, string SiteId, string SlotId)> CampaignAsync(RoleMatrixContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var campaignId = BookingIds.NewCampaignId();
        var campaign = context.Fixture.Grains.GetGrain<ICampaignGrain>(campaignId);
        await campaign.Define(new CampaignDefinition(context.Tenant, "Matrix campaign", DateTimeOffset.UtcNow.AddDays(1), 21));
        var site = await campaign.AddSite(new SiteDefinition("Matrix hall", "1-1 Matrix"));
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        var slots = await campaign.AddSlots(new AddSlotsRequest(site.SiteId, day, [new TimeOnly(10, 0)], 5));
        return (campaignId, site.SiteId, slots[0].SlotId);
    }

    /// <summary>A booking in a slot later today (campaign time about noon now), for the actor that may record
    /// attendance; other actors get a campaign and a code that nobody holds (they are refused before it matters).</summary>
    public static async Task<(string CampaignId, string SlotId, string Code)> AttendanceAsync(RoleMatrixContext context, MatrixActor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (actor != MatrixActor.MunicipalityAdmin)
        {
            var (id, _, slot) = await CampaignAsync(context);
            return (id, slot, "12345678");
        }

        var grains = context.Fixture.Grains;
        var now = DateTimeOffset.UtcNow;
        var offset = TimeSpan.FromMinutes(Math.Round((TimeSpan.FromHours(12) - now.TimeOfDay).TotalMinutes));
        var campaignId = BookingIds.NewCampaignId();
        var campaign = grains.GetGrain<ICampaignGrain>(campaignId);

        // The matrix's web front publishes only campaigns that open in the future: set the opening a moment
        // ahead right before publishing (again if a slow machine let the moment pass), then book once it opens.
        var definition = new CampaignDefinition(context.Tenant, "Matrix attendance", now.AddDays(1), 0, offset);
        await campaign.Define(definition);
        var site = await campaign.AddSite(new SiteDefinition("Matrix clinic", "2-2 Matrix"));
        var slots = await campaign.AddSlots(new AddSlotsRequest(site.SiteId, DateOnly.FromDateTime(now.ToOffset(offset).DateTime), [new TimeOnly(13, 0)], 3));
        await Until.TrueAsync(
            async () =>
            {
                await campaign.Define(definition with { OpensAt = DateTimeOffset.UtcNow.AddSeconds(1) });
                try
                {
                    await campaign.Publish();
                    return true;
                }
                catch (BookingException e) when (e.Code == BookingErrorCodes.SanityCheckFailed)
                {
                    return false;
                }
            },
            "the campaign is published",
            TimeSpan.FromSeconds(30));
        var resident = grains.GetGrain<IResidentGrain>(BookingKeys.Resident(campaignId, BookingIds.NewResidentId()));
        BookingResult? booked = null;
        await Until.TrueAsync(
            async () =>
            {
                try
                {
                    booked = await resident.Book(new BookingRequest(slots[0].SlotId));
                    return true;
                }
                catch (BookingException e) when (e.Code == BookingErrorCodes.NotOpen)
                {
                    return false;
                }
            },
            "the campaign opens",
            TimeSpan.FromSeconds(30));
        return (campaignId, slots[0].SlotId, booked!.FirstDose.AttendanceCode);
    }

    /// <summary>A staff page form post: the fields, plus the anti-forgery token and cookie of the actor.</summary>
    public static async Task<HttpRequestMessage> FormAsync(RoleMatrixContext context, MatrixActor actor, string path, IReadOnlyDictionary<string, string> fields)
    {
        var (cookie, token) = await AntiforgeryAsync(context, actor);
        var all = new Dictionary<string, string>(fields) { ["__af"] = token };
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(all) };
        AddCookie(request, cookie);
        return request;
    }

    /// <summary>A voucher file upload from the staff page, with the actor's anti-forgery token and cookie.</summary>
    public static async Task<HttpRequestMessage> UploadAsync(RoleMatrixContext context, MatrixActor actor, string path)
    {
        var (cookie, token) = await AntiforgeryAsync(context, actor);
        var number = "9" + RandomDigits(9);
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent(token), "__af" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes($"{number},1950-01-01\n")) { Headers = { ContentType = new("text/csv") } }, "file", "vouchers.csv" },
            },
        };
        AddCookie(request, cookie);
        return request;
    }

    /// <summary>A CSV body for the voucher API.</summary>
    public static HttpRequestMessage Csv(string path)
        => new(HttpMethod.Post, path) { Content = new StringContent("9" + RandomDigits(9) + ",1950-01-01\n", Encoding.UTF8, "text/csv") };

    private static async Task<(string? Cookie, string Token)> AntiforgeryAsync(RoleMatrixContext context, MatrixActor actor)
    {
        var bearer = context.TokenOf(actor);
        if (bearer is null || actor == MatrixActor.ForgedToken)
        {
            return (null, "none");
        }

        // Any staff member may read /staff, whose layout carries a form: its token is bound to this actor.
        using var client = context.Fixture.ClientWithToken(bearer);
        using var response = await client.GetAsync("/staff", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(static c => c.Split(';')[0]).FirstOrDefault(static c => c.StartsWith("checkin_af=", StringComparison.Ordinal))
            : null;
        return (cookie, token);
    }

    private static void AddCookie(HttpRequestMessage request, string? cookie)
    {
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
    }

    private static string RandomDigits(int count)
        => string.Concat(Enumerable.Range(0, count).Select(static _ => System.Security.Cryptography.RandomNumberGenerator.GetInt32(10).ToString(CultureInfo.InvariantCulture)));

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
