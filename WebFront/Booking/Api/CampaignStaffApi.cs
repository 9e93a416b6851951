using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Booking.Campaigns;
using CheckIn.WebFront.Booking.Vouchers;
using CheckIn.WebFront.Errors;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking.Api;

/// <summary>The staff side of vaccination booking (API.md, Vaccination booking): campaigns, voucher import,
/// sites, slots, attendance and slot figures, for the municipality-admin of the campaign's tenant.</summary>
public static class CampaignStaffApi
{
    public static IEndpointRouteBuilder MapCampaignStaffApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var maxVoucherFile = app.ServiceProvider.GetRequiredService<IOptions<BookingWebOptions>>().Value.MaxVoucherFileBytes;

        app.MapPost("/api/tenants/{tenant}/campaigns", CreateCampaign)
            .WithTags("Booking (staff)")
            .RequireAuthorization(StaffPolicies.MunicipalityAdmin)
            .RequireRateLimiting(RateLimitPolicies.PerAccount)
            .WithName("CreateCampaign")
            .WithSummary("Creates a vaccination campaign (a draft until its slots pass the sanity check)");

        var api = app.MapGroup("/api/campaigns/{campaignId}")
            .WithTags("Booking (staff)")
            .RequireAuthorization(BookingPolicies.CampaignAdmin)
            .RequireRateLimiting(RateLimitPolicies.PerAccount);
        api.MapGet("", GetCampaign)
            .WithName("GetCampaign")
            .WithSummary("The campaign, and what the sanity check says about it");
        api.MapPost("/publish", Publish)
            .WithName("PublishCampaign")
            .WithSummary("Publishes the campaign if the sanity check passes (adding slots does this too)");
        api.MapPost("/vouchers", ImportVouchers)
            .WithMetadata(new RequestSizeLimitAttribute(maxVoucherFile))
            .Accepts<string>("text/csv")
            .WithName("ImportVouchers")
            .WithSummary("Imports vouchers from CSV lines voucherNumber,birthDate; reports every rejected line");
        api.MapPost("/sites", AddSite)
            .WithName("AddSite")
            .WithSummary("Adds a vaccination site");
        api.MapPost("/sites/{siteId}/slots", AddSlots)
            .WithName("AddSlots")
            .WithSummary("Adds slots at a site on a date, and publishes a draft campaign once it passes the sanity check");
        api.MapPost("/attendance", RecordAttendance)
            .WithName("RecordAttendance")
            .WithSummary("Records attendance with the reservation's one-time code");
        api.MapGet("/slots/{slotId}", GetSlot)
            .WithName("GetSlot")
            .WithSummary("A slot's capacity, bookings, attendance and no-shows");
        return app;
    }

    internal static async Task<Results<Created<CampaignCreatedResponse>, ProblemHttpResult>> CreateCampaign(string tenant, CreateCampaignRequest? body, CampaignSetup setup)
    {
        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new BookingValidation();
        var definition = CampaignInput.Campaign(tenant, body, errors);
        if (definition is null)
        {
            return errors.ToProblem();
        }

        var campaign = await setup.CreateAsync(definition);
        return TypedResults.Created($"/api/campaigns/{campaign.CampaignId}", new CampaignCreatedResponse(campaign.CampaignId));
    }

    internal static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> GetCampaign(string campaignId, CampaignSetup setup)
    {
        if (!BookingInput.IsId(campaignId))
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        var overview = await setup.DescribeAsync(campaignId);
        return TypedResults.Ok(CampaignResponse.From(overview.Info, overview.Problems));
    }

    internal static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> Publish(string campaignId, CampaignSetup setup)
    {
        if (!BookingInput.IsId(campaignId))
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        var overview = await setup.PublishAsync(campaignId);
        return TypedResults.Ok(CampaignResponse.From(overview.Info, overview.Problems));
    }

    internal static async Task<Results<Ok<VoucherImportResult>, ProblemHttpResult>> ImportVouchers(
        string campaignId, HttpRequest request, CampaignDirectory campaigns, VoucherImporter importer, IOptions<BookingWebOptions> options, CancellationToken cancellationToken)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || (!type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) && !type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, "Send the voucher file as text/csv");
        }

        var bytes = await VoucherFileReader.ReadBodyAsync(request.Body, options.Value.MaxVoucherFileBytes, cancellationToken);
        if (bytes is null)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, ProblemCodes.BodyTooLarge, ProblemCodes.TitleForStatus(StatusCodes.Status413PayloadTooLarge));
        }

        return await ImportAsync(campaign, bytes, type.Charset.Value, importer);
    }

    internal static async Task<Results<Created<SiteCreatedResponse>, ProblemHttpResult>> AddSite(string campaignId, CreateSiteRequest? body, CampaignDirectory campaigns, CampaignSetup setup)
    {
        if (await campaigns.FindAsync(campaignId) is null)
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new BookingValidation();
        var definition = CampaignInput.Site(body, errors);
        if (definition is null)
        {
            return errors.ToProblem();
        }

        var site = await setup.AddSiteAsync(campaignId, definition);
        return TypedResults.Created($"/api/campaigns/{campaignId}/sites/{site.SiteId}", new SiteCreatedResponse(site.SiteId, site.Name, site.Address));
    }

    internal static async Task<Results<Created<SlotsCreatedResponse>, ProblemHttpResult>> AddSlots(string campaignId, string siteId, CreateSlotsRequest? body, CampaignDirectory campaigns, CampaignSetup setup)
    {
        if (await campaigns.FindAsync(campaignId) is null)
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        if (!BookingInput.IsId(siteId))
        {
            return BookingFailures.UnknownSite.ToProblem();
        }

        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new BookingValidation();
        var request = CampaignInput.Slots(siteId, body, errors);
        if (request is null)
        {
            return errors.ToProblem();
        }

        var added = await setup.AddSlotsAsync(campaignId, request);
        var slots = added.Slots.Select(static s => new CreatedSlot(s.SlotId, s.SiteId, s.Start, s.Capacity)).ToList();
        return TypedResults.Created($"/api/campaigns/{campaignId}/availability?date={request.Date:yyyy-MM-dd}&siteId={siteId}",
            new SlotsCreatedResponse(slots, CampaignResponse.StatusName(added.Status), added.Problems));
    }

    internal static async Task<Results<Ok<AttendanceRecord>, ProblemHttpResult>> RecordAttendance(string campaignId, AttendanceRequest? body, CampaignDirectory campaigns, IGrainFactory grains)
    {
        if (await campaigns.FindAsync(campaignId) is null)
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new BookingValidation();
        if (string.IsNullOrEmpty(body.SlotId))
        {
            errors.Add("slotId", "is required");
        }

        if (string.IsNullOrEmpty(body.AttendanceCode))
        {
            errors.Add("attendanceCode", "is required");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (!BookingInput.IsId(body.SlotId))
        {
            return BookingFailures.UnknownSlot.ToProblem();
        }

        var code = body.AttendanceCode!.Trim();
        if (code.Length != 8 || !code.All(char.IsAsciiDigit))
        {
            return BookingFailures.UnknownCode.ToProblem();
        }

        var record = await grains.GetGrain<ISlotGrain>(BookingKeys.Slot(campaignId, body.SlotId!)).RecordAttendance(code);
        return TypedResults.Ok(record);
    }

    internal static async Task<Results<Ok<SlotSummaryResponse>, ProblemHttpResult>> GetSlot(string campaignId, string slotId, CampaignDirectory campaigns, IGrainFactory grains)
    {
        if (await campaigns.FindAsync(campaignId) is null)
        {
            return BookingFailures.UnknownCampaign.ToProblem();
        }

        if (!BookingInput.IsId(slotId))
        {
            return BookingFailures.UnknownSlot.ToProblem();
        }

        var summary = await grains.GetGrain<ISlotGrain>(BookingKeys.Slot(campaignId, slotId)).GetSummary();
        return TypedResults.Ok(SlotSummaryResponse.From(summary));
    }

    private static async Task<Results<Ok<VoucherImportResult>, ProblemHttpResult>> ImportAsync(CampaignInfo campaign, byte[] bytes, string? charset, VoucherImporter importer)
    {
        var text = VoucherFileReader.Decode(bytes, charset);
        if (text is null)
        {
            return BookingFailures.InvalidEncoding.ToProblem();
        }

        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            return BookingFailures.EmptyCsv.ToProblem();
        }

        return TypedResults.Ok(await importer.ImportAsync(campaign, text));
    }
}
