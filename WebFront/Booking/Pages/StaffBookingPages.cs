using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Booking.Api;
using CheckIn.WebFront.Booking.Campaigns;
using CheckIn.WebFront.Booking.Vouchers;
using CheckIn.WebFront.Pages;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The municipality-admin's booking pages, <c>/staff/booking</c>: create a campaign, add sites and
/// slots, publish, import vouchers (CSV upload with the rejected-lines report), see slots and record
/// attendance. Plain forms; the same checks as the API.</summary>
public static class StaffBookingPages
{
    private static readonly char[] s_timeSeparators = [' ', ',', '\n', '\r', '\t', ';', '、', '，'];

    public static IEndpointRouteBuilder MapStaffBookingPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var maxVoucherFile = app.ServiceProvider.GetRequiredService<IOptions<BookingWebOptions>>().Value.MaxVoucherFileBytes;
        var home = app.MapGroup(StaffPaths.Home).ExcludeFromDescription()
            .RequireAuthorization(BookingPolicies.AnyMunicipalityAdmin)
            .RequireRateLimiting(RateLimitPolicies.PerAccount);
        home.MapGet("", ShowHome);
        home.MapPost("/campaigns", CreateCampaign);

        var pages = app.MapGroup(StaffPaths.Home + "/campaigns/{campaignId}").ExcludeFromDescription()
            .RequireAuthorization(BookingPolicies.CampaignAdmin)
            .RequireRateLimiting(RateLimitPolicies.PerAccount);
        pages.MapGet("", ShowCampaign);
        pages.MapPost("/publish", Publish).WithMetadata(new RequireAntiforgeryTokenAttribute());
        pages.MapPost("/sites", AddSite);
        pages.MapPost("/slots", AddSlots);
        pages.MapGet("/slots", ShowSlots);
        pages.MapGet("/slots/{slotId}", ShowSlot);
        pages.MapPost("/slots/{slotId}/attendance", RecordAttendance);
        pages.MapGet("/vouchers", ShowVouchers);
        pages.MapPost("/vouchers", ImportVouchers).WithMetadata(new RequestSizeLimitAttribute(maxVoucherFile));
        return app;
    }

    internal static Results<ContentHttpResult, RedirectHttpResult> ShowHome(HttpContext http, string? campaignId)
    {
        if (BookingInput.IsId(campaignId?.Trim()))
        {
            return TypedResults.Redirect(StaffPaths.Campaign(campaignId.Trim()));
        }

        return Home(http, null, null, StatusCodes.Status200OK);
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult>> CreateCampaign([FromForm] CreateCampaignForm form, HttpContext http, CampaignSetup setup)
    {
        var tenant = http.User.GetStaffTenant()!;
        var errors = new BookingValidation();
        int? interval = null;
        if (int.TryParse(form.DoseIntervalDays, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days))
        {
            interval = days;
        }
        else if (!string.IsNullOrEmpty(form.DoseIntervalDays))
        {
            errors.Add("doseIntervalDays", "must be a whole number of days");
        }

        var offset = string.IsNullOrWhiteSpace(form.UtcOffset) ? "+09:00" : form.UtcOffset.Trim();
        var opensAt = form.OpensAt?.Trim() is { Length: 16 or 19 } local ? (local.Length == 16 ? local + ":00" : local) + offset : form.OpensAt;
        var request = new CreateCampaignRequest(form.Name, opensAt, interval, offset, Blank(form.FirstDate), Blank(form.LastDate));
        var definition = CampaignInput.Campaign(tenant, request, errors);
        if (definition is null || !errors.IsValid)
        {
            return Home(http, form, [.. errors.Messages()], StatusCodes.Status400BadRequest);
        }

        var campaign = await setup.CreateAsync(definition);
        return TypedResults.Redirect(StaffPaths.Campaign(campaign.CampaignId) + "?done=created");
    }

    internal static async Task<Results<ContentHttpResult, PageProblem>> ShowCampaign(string campaignId, string? done, HttpContext http, CampaignDirectory campaigns, CampaignSetup setup, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is null)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        var page = PageContext.For(http);
        var notice = done switch
        {
            "created" => page.T("キャンペーンを作成しました。この画面のアドレスを控えてください。", "The campaign is created. Keep this page's address."),
            "site" => page.T("会場を追加しました。", "The site is added."),
            "published" => page.T("公開しました。", "The campaign is published."),
            _ => null,
        };
        return await CampaignPageAsync(http, campaignId, setup, time, notice, null, StatusCodes.Status200OK);
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> Publish(string campaignId, HttpContext http, CampaignDirectory campaigns, CampaignSetup setup, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is null)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        try
        {
            await setup.PublishAsync(campaignId);
        }
        catch (BookingException e)
        {
            return await CampaignPageAsync(http, campaignId, setup, time, null, [e.Message], e.StatusCode);
        }

        return TypedResults.Redirect(StaffPaths.Campaign(campaignId) + "?done=published");
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> AddSite(string campaignId, [FromForm] SiteForm form, HttpContext http, CampaignDirectory campaigns, CampaignSetup setup, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is null)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        var errors = new BookingValidation();
        var site = CampaignInput.Site(new CreateSiteRequest(form.Name, form.Address), errors);
        if (site is null)
        {
            return await CampaignPageAsync(http, campaignId, setup, time, null, [.. errors.Messages()], StatusCodes.Status400BadRequest, siteForm: form);
        }

        await setup.AddSiteAsync(campaignId, site);
        return TypedResults.Redirect(StaffPaths.Campaign(campaignId) + "?done=site");
    }

    internal static async Task<Results<ContentHttpResult, PageProblem>> AddSlots(string campaignId, [FromForm] SlotsForm form, HttpContext http, CampaignDirectory campaigns, CampaignSetup setup, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is null)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        var page = PageContext.For(http);
        var errors = new BookingValidation();
        int? capacity = int.TryParse(form.Capacity, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seats) ? seats : null;
        if (capacity is null && !string.IsNullOrEmpty(form.Capacity))
        {
            errors.Add("capacity", $"must be 1 to {CampaignInput.MaxCapacity}");
        }

        var times = (form.Times ?? "").Split(s_timeSeparators, StringSplitOptions.RemoveEmptyEntries);
        var request = BookingInput.IsId(form.SiteId)
            ? CampaignInput.Slots(form.SiteId, new CreateSlotsRequest(form.Date, times, capacity), errors)
            : null;
        if (!BookingInput.IsId(form.SiteId))
        {
            errors.Add("siteId", "choose a site");
        }

        if (request is null || !errors.IsValid)
        {
            return await CampaignPageAsync(http, campaignId, setup, time, null, [.. errors.Messages()], StatusCodes.Status400BadRequest, form);
        }

        SlotsAdded added;
        try
        {
            added = await setup.AddSlotsAsync(campaignId, request);
        }
        catch (BookingException e)
        {
            return await CampaignPageAsync(http, campaignId, setup, time, null, [e.Message], e.StatusCode, form);
        }

        var notice = added.Status == CampaignStatus.Published
            ? page.T($"{added.Slots.Count}枠を追加しました。キャンペーンは公開中です。", $"{added.Slots.Count} slots added. The campaign is published.")
            : page.T($"{added.Slots.Count}枠を追加しました。下の理由により、まだ公開されていません。", $"{added.Slots.Count} slots added. The campaign is not published yet, for the reasons below.");
        return await CampaignPageAsync(http, campaignId, setup, time, notice, null, StatusCodes.Status200OK);
    }

    internal static async Task<Results<ContentHttpResult, PageProblem>> ShowSlots(string campaignId, string? date, HttpContext http, CampaignDirectory campaigns, IGrainFactory grains, TimeProvider time)
    {
        if (await campaigns.FindFreshAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        if (!BookingInput.TryParseDate(date, out var day))
        {
            day = campaign.FirstDate ?? BookingFormat.LocalDate(time.GetUtcNow(), campaign.UtcOffset);
        }

        var page = PageContext.For(http);
        var slots = await grains.GetGrain<ICampaignGrain>(campaign.CampaignId).GetSlotsOn(day);
        var summaries = await Task.WhenAll(slots.Select(s => grains.GetGrain<ISlotGrain>(BookingKeys.Slot(campaign.CampaignId, s.SlotId)).GetSummary()));
        return PageResults.Page(page, page.T("予約枠と来場", "Slots and attendance"), StaffSlotsView.Render(page, campaign, day, summaries), head: Stylesheet());
    }

    internal static async Task<Results<ContentHttpResult, PageProblem>> ShowSlot(string campaignId, string slotId, HttpContext http, CampaignDirectory campaigns, IGrainFactory grains)
        => await SlotPageAsync(http, campaignId, slotId, campaigns, grains, null, null, StatusCodes.Status200OK);

    internal static async Task<Results<ContentHttpResult, PageProblem>> RecordAttendance(string campaignId, string slotId, [FromForm] AttendanceForm form, HttpContext http, CampaignDirectory campaigns, IGrainFactory grains)
    {
        var page = PageContext.For(http);
        var code = form.AttendanceCode?.Trim() ?? "";
        if (!BookingInput.IsId(slotId) || await campaigns.FindAsync(campaignId) is null)
        {
            return await SlotPageAsync(http, campaignId, slotId, campaigns, grains, null, null, StatusCodes.Status404NotFound);
        }

        if (code.Length != 8 || !code.All(char.IsAsciiDigit))
        {
            return await SlotPageAsync(http, campaignId, slotId, campaigns, grains, null, page.T("受付番号は8桁の数字です。", "The attendance code has 8 digits."), StatusCodes.Status400BadRequest);
        }

        try
        {
            var record = await grains.GetGrain<ISlotGrain>(BookingKeys.Slot(campaignId, slotId)).RecordAttendance(code);
            var dose = record.Dose == 1 ? page.T("1回目", "first dose") : page.T("2回目", "second dose");
            return await SlotPageAsync(http, campaignId, slotId, campaigns, grains, page.T($"来場を記録しました（{dose}）。", $"Attendance recorded ({dose})."), null, StatusCodes.Status200OK);
        }
        catch (BookingException e)
        {
            var message = e.Code switch
            {
                BookingErrorCodes.UnknownCode => page.T("この枠にその受付番号の予約はありません。", "No booking of this slot has that code."),
                BookingErrorCodes.AlreadyAttended => page.T("この受付番号はすでに記録されています。", "This code was already recorded."),
                BookingErrorCodes.AttendanceNotOpen => page.T("来場は接種日当日から記録できます。", "Attendance is recorded from the slot's day on."),
                _ => e.Message,
            };
            return await SlotPageAsync(http, campaignId, slotId, campaigns, grains, null, message, e.StatusCode);
        }
    }

    internal static async Task<Results<ContentHttpResult, PageProblem>> ShowVouchers(string campaignId, HttpContext http, CampaignDirectory campaigns)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        var page = PageContext.For(http);
        return PageResults.Page(page, page.T("接種券の取り込み", "Import vouchers"), StaffVouchersView.Render(page, campaign, null, null), head: Stylesheet());
    }

    internal static async Task<Results<ContentHttpResult, PageProblem>> ImportVouchers(
        string campaignId, IFormFile? file, HttpContext http, CampaignDirectory campaigns, VoucherImporter importer, IOptions<BookingWebOptions> options, CancellationToken cancellationToken)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        var page = PageContext.For(http);
        if (file is null || file.Length == 0)
        {
            return Vouchers(page, campaign, null, page.T("CSVファイルを選んでください。", "Choose a CSV file."), StatusCodes.Status400BadRequest);
        }

        if (file.Length > options.Value.MaxVoucherFileBytes)
        {
            return Vouchers(page, campaign, null, page.T("ファイルが大きすぎます。", "The file is too large."), StatusCodes.Status413PayloadTooLarge);
        }

        await using var stream = file.OpenReadStream();
        var bytes = await VoucherFileReader.ReadBodyAsync(stream, options.Value.MaxVoucherFileBytes, cancellationToken);
        var text = VoucherFileReader.Decode(bytes ?? []);
        if (text is null)
        {
            return Vouchers(page, campaign, null, page.T("ファイルをUTF-8またはShift_JISのテキストとして読めません。", "The file is not UTF-8 or Shift_JIS text."), StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            return Vouchers(page, campaign, null, page.T("ファイルに行がありません。", "The file has no lines."), StatusCodes.Status400BadRequest);
        }

        return Vouchers(page, campaign, await importer.ImportAsync(campaign, text), null, StatusCodes.Status200OK);
    }

    private static ContentHttpResult Home(HttpContext http, CreateCampaignForm? form, IReadOnlyList<string>? errors, int status)
    {
        var page = PageContext.For(http);
        return PageResults.Page(page, page.T("接種予約の管理", "Vaccination booking"), StaffHomeView.Render(page, http.User.GetStaffTenant() ?? "", form, errors), status, Stylesheet());
    }

    private static async Task<ContentHttpResult> CampaignPageAsync(
        HttpContext http, string campaignId, CampaignSetup setup, TimeProvider time, string? notice, IReadOnlyList<string>? errors, int status, SlotsForm? slotsForm = null, SiteForm? siteForm = null)
    {
        var page = PageContext.For(http);
        var overview = await setup.DescribeAsync(campaignId);
        var today = BookingFormat.LocalDate(time.GetUtcNow(), overview.Info.UtcOffset);
        return PageResults.Page(page, overview.Info.Name, StaffCampaignView.Render(page, overview, today, notice, errors, slotsForm, siteForm), status, Stylesheet());
    }

    private static async Task<Results<ContentHttpResult, PageProblem>> SlotPageAsync(
        HttpContext http, string campaignId, string slotId, CampaignDirectory campaigns, IGrainFactory grains, string? notice, string? error, int status)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        if (!BookingInput.IsId(slotId))
        {
            return PageProblem.From(BookingFailures.UnknownSlot);
        }

        SlotSummary summary;
        try
        {
            summary = await grains.GetGrain<ISlotGrain>(BookingKeys.Slot(campaign.CampaignId, slotId)).GetSummary();
        }
        catch (BookingException e) when (e.Code == BookingErrorCodes.UnknownSlot)
        {
            return PageProblem.From(BookingFailures.UnknownSlot);
        }

        var page = PageContext.For(http);
        return PageResults.Page(page, page.T("予約枠", "Slot"), StaffSlotView.Render(page, campaign, summary, notice, error), status, Stylesheet());
    }

    private static ContentHttpResult Vouchers(PageContext page, CampaignInfo campaign, VoucherImportResult? result, string? error, int status)
        => PageResults.Page(page, page.T("接種券の取り込み", "Import vouchers"), StaffVouchersView.Render(page, campaign, result, error), status, Stylesheet());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static HtmlContent Stylesheet() => Html.Of($"<link rel=\"stylesheet\" href=\"{BookingStylesheet.Path}\">");
}
