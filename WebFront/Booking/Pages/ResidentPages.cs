using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces;
using CheckIn.WebFront.Booking.Campaigns;
using CheckIn.WebFront.Booking.Sessions;
using CheckIn.WebFront.Booking.WaitingRoom;
using CheckIn.WebFront.Pages;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The residents' booking pages, <c>/booking/{campaignId}</c>: sign in with voucher and birth date,
/// choose day, site and time, confirm, see and cancel the booking; Japanese or English, phone-first, plain
/// forms that work without JavaScript. During the opening minutes they go through the waiting room.</summary>
public static class ResidentPages
{
    public static IEndpointRouteBuilder MapResidentPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(BookingStylesheet.Path, BookingStylesheet.Serve).ExcludeFromDescription();
        var pages = app.MapGroup("/booking/{campaignId}").ExcludeFromDescription().RequireRateLimiting(RateLimitPolicies.PerClientAddress);
        pages.MapGet("", ShowStart);
        pages.MapGet("/signin", (string campaignId) => TypedResults.Redirect(ResidentPaths.Start(campaignId)));
        pages.MapPost("/signin", SignIn);
        pages.MapGet("/book", ShowSlots);
        pages.MapGet("/confirm", ShowConfirm);
        pages.MapPost("/book", Book);
        pages.MapGet("/mine", ShowMine);
        pages.MapPost("/reservations/{reservationId}/cancel", Cancel).WithMetadata(new RequireAntiforgeryTokenAttribute());
        pages.MapPost("/signout", SignOut).WithMetadata(new RequireAntiforgeryTokenAttribute());
        pages.MapGet("/waiting-room", ShowWaitingRoom);
        return app;
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> ShowStart(
        string campaignId, HttpContext http, CampaignDirectory campaigns, ResidentSessions sessions, WaitingRoomGate gate, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        if (await sessions.ReadAsync(campaign.CampaignId, ResidentCookies.Session(http)) is not null)
        {
            return TypedResults.Redirect(ResidentPaths.Mine(campaign.CampaignId));
        }

        if (await QueueAsync(http, campaign, gate, ResidentPaths.Start(campaign.CampaignId)) is { } queue)
        {
            return queue;
        }

        return Start(http, campaign, time, null, null, StatusCodes.Status200OK);
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> SignIn(
        string campaignId, [FromForm] ResidentSignInForm form, HttpContext http, CampaignDirectory campaigns, ResidentSignIn signIn, WaitingRoomGate gate, IGrainFactory grains, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        if (await QueueAsync(http, campaign, gate, ResidentPaths.Start(campaign.CampaignId)) is { } queue)
        {
            return queue;
        }

        var page = PageContext.For(http);
        if (string.IsNullOrWhiteSpace(form.VoucherNumber) || string.IsNullOrWhiteSpace(form.BirthDate))
        {
            return Start(http, campaign, time, form.VoucherNumber, page.T("接種券番号と生年月日を入力してください。", "Enter your voucher number and date of birth."), StatusCodes.Status400BadRequest);
        }

        var result = await signIn.SignInAsync(campaign.CampaignId, form.VoucherNumber, form.BirthDate, ClientAddress.Of(http));
        switch (result.Status)
        {
            case ResidentSignInStatus.Succeeded:
                ResidentCookies.SetSession(http, campaign.CampaignId, result.Session!);
                var reservations = await grains.Reference<IResidentGrain>(BookingKeys.Resident(campaign.CampaignId, result.Session!.ResidentId)).GetReservations();
                return TypedResults.Redirect(reservations.Any(static r => r.Status == ReservationStatus.Active)
                    ? ResidentPaths.Mine(campaign.CampaignId)
                    : ResidentPaths.Book(campaign.CampaignId));
            case ResidentSignInStatus.LockedOut:
                return Start(http, campaign, time, form.VoucherNumber, page.T(
                    "入力の誤りが続いたため、しばらく受け付けません。時間をおいてお試しください。",
                    "Too many failed attempts. Please wait a while and try again."), StatusCodes.Status429TooManyRequests);
            default:
                return Start(http, campaign, time, form.VoucherNumber, page.T(
                    "接種券番号または生年月日が正しくありません。",
                    "The voucher number or the date of birth is not right."), StatusCodes.Status401Unauthorized);
        }
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> ShowSlots(
        string campaignId, string? date, string? siteId, HttpContext http, CampaignDirectory campaigns, ResidentSessions sessions, WaitingRoomGate gate, IGrainFactory grains, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        if (await sessions.ReadAsync(campaign.CampaignId, ResidentCookies.Session(http)) is null)
        {
            return TypedResults.Redirect(ResidentPaths.Start(campaign.CampaignId));
        }

        if (await QueueAsync(http, campaign, gate, PageContext.For(http).CurrentUrl) is { } queue)
        {
            return queue;
        }

        return await SlotsAsync(http, campaign, date, siteId, grains, time, null, StatusCodes.Status200OK);
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> ShowConfirm(
        string campaignId, string? date, string? slotId, HttpContext http, CampaignDirectory campaigns, ResidentSessions sessions, WaitingRoomGate gate, IGrainFactory grains, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        if (await sessions.ReadAsync(campaign.CampaignId, ResidentCookies.Session(http)) is null)
        {
            return TypedResults.Redirect(ResidentPaths.Start(campaign.CampaignId));
        }

        var page = PageContext.For(http);
        if (await QueueAsync(http, campaign, gate, page.CurrentUrl) is { } queue)
        {
            return queue;
        }

        var slot = BookingInput.TryParseDate(date, out var day) && BookingInput.IsId(slotId)
            ? (await Availability(grains, campaign, day).Get(null)).Slots.FirstOrDefault(s => s.SlotId == slotId)
            : null;
        if (slot is null)
        {
            return await SlotsAsync(http, campaign, date, null, grains, time, page.T("時間を選んでください。", "Please choose a time."), StatusCodes.Status400BadRequest);
        }

        http.Response.Headers.CacheControl = "no-store";
        return PageResults.Page(page, page.T("予約内容の確認", "Check your booking"), ConfirmView.Render(page, campaign, slot, Guid.NewGuid().ToString("N"), null), head: Stylesheet());
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> Book(
        string campaignId, [FromForm] BookSlotForm form, HttpContext http, CampaignDirectory campaigns, ResidentSessions sessions, WaitingRoomGate gate, IGrainFactory grains, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        if (await sessions.ReadAsync(campaign.CampaignId, ResidentCookies.Session(http)) is not { } session)
        {
            return TypedResults.Redirect(ResidentPaths.Start(campaign.CampaignId));
        }

        var page = PageContext.For(http);
        var hasDate = BookingInput.TryParseDate(form.Date, out var day);
        if (await QueueAsync(http, campaign, gate, hasDate ? ResidentPaths.Book(campaign.CampaignId, day, null) : ResidentPaths.Book(campaign.CampaignId)) is { } queue)
        {
            return queue;
        }

        if (!BookingInput.IsId(form.SlotId))
        {
            return await SlotsAsync(http, campaign, form.Date, null, grains, time, page.T("時間を選んでください。", "Please choose a time."), StatusCodes.Status400BadRequest);
        }

        var key = form.IdempotencyKey is { Length: > 0 and <= 200 } given ? given : null;
        try
        {
            await grains.Reference<IResidentGrain>(BookingKeys.Resident(session.CampaignId, session.ResidentId)).Book(new BookingRequest(form.SlotId, 1, key));
        }
        catch (BookingException e) when (e.Code == BookingErrorCodes.AlreadyBooked)
        {
            return await MineAsync(http, campaign, session, grains, null, ResidentMessages.For(page, e.Code, campaign), e.StatusCode);
        }
        catch (BookingException e)
        {
            return await SlotsAsync(http, campaign, form.Date, null, grains, time, ResidentMessages.For(page, e.Code, campaign), e.StatusCode);
        }

        return TypedResults.Redirect(ResidentPaths.Mine(campaign.CampaignId) + "?booked=1");
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> ShowMine(
        string campaignId, string? booked, string? cancelled, HttpContext http, CampaignDirectory campaigns, ResidentSessions sessions, IGrainFactory grains)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        if (await sessions.ReadAsync(campaign.CampaignId, ResidentCookies.Session(http)) is not { } session)
        {
            return TypedResults.Redirect(ResidentPaths.Start(campaign.CampaignId));
        }

        var page = PageContext.For(http);
        var notice = booked is not null
            ? page.T("予約しました。当日は受付番号をお知らせください。", "You are booked. Show the code at the site.")
            : cancelled is not null ? page.T("予約を取り消しました。", "Your booking is cancelled.") : null;
        return await MineAsync(http, campaign, session, grains, notice, null, StatusCodes.Status200OK);
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> Cancel(
        string campaignId, string reservationId, HttpContext http, CampaignDirectory campaigns, ResidentSessions sessions, IGrainFactory grains)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        if (await sessions.ReadAsync(campaign.CampaignId, ResidentCookies.Session(http)) is not { } session)
        {
            return TypedResults.Redirect(ResidentPaths.Start(campaign.CampaignId));
        }

        var page = PageContext.For(http);
        if (!BookingInput.IsId(reservationId))
        {
            return await MineAsync(http, campaign, session, grains, null, ResidentMessages.For(page, BookingErrorCodes.UnknownReservation, campaign), StatusCodes.Status404NotFound);
        }

        try
        {
            await grains.Reference<IResidentGrain>(BookingKeys.Resident(session.CampaignId, session.ResidentId)).Cancel(reservationId);
        }
        catch (BookingException e)
        {
            return await MineAsync(http, campaign, session, grains, null, ResidentMessages.For(page, e.Code, campaign), e.StatusCode);
        }

        return TypedResults.Redirect(ResidentPaths.Mine(campaign.CampaignId) + "?cancelled=1");
    }

    internal static RedirectHttpResult SignOut(string campaignId, HttpContext http)
    {
        if (!BookingInput.IsId(campaignId))
        {
            return TypedResults.Redirect("/");
        }

        ResidentCookies.ClearSession(http, campaignId);
        return TypedResults.Redirect(ResidentPaths.Start(campaignId));
    }

    internal static async Task<Results<ContentHttpResult, RedirectHttpResult, PageProblem>> ShowWaitingRoom(
        string campaignId, string? returnUrl, HttpContext http, CampaignDirectory campaigns, WaitingRoomGate gate, TimeProvider time)
    {
        if (await campaigns.FindAsync(campaignId) is not { } campaign)
        {
            return BookingPageProblems.UnknownCampaign;
        }

        var target = ResidentPaths.Local(campaign.CampaignId, returnUrl);
        if (!gate.IsActive(campaign) || await gate.IsAdmittedAsync(campaign.CampaignId, ResidentCookies.Admission(http)))
        {
            return TypedResults.Redirect(target);
        }

        var pass = await gate.CheckAsync(campaign, ResidentCookies.Ticket(http));
        if (pass is null)
        {
            pass = await gate.EnterAsync(campaign);
            if (pass.Ticket is { } ticket)
            {
                ResidentCookies.SetTicket(http, campaign.CampaignId, ticket, time.GetUtcNow() + gate.Options.TicketLifetime);
            }
        }

        if (pass.Admitted)
        {
            if (pass.AdmissionToken is { } admission)
            {
                ResidentCookies.SetAdmission(http, campaign.CampaignId, admission, pass.AdmissionExpiresAt!.Value);
            }

            return TypedResults.Redirect(target);
        }

        var page = PageContext.For(http);
        http.Response.Headers.CacheControl = "no-store";
        var self = ResidentPaths.WaitingRoom(campaign.CampaignId, target);
        var head = Html.Join([Stylesheet(), WaitingRoomView.Head(WaitingRoomApi.RefreshAfter(pass, gate.Options))]);
        return PageResults.Page(page, page.T("順番待ち", "Queue"), WaitingRoomView.Render(page, campaign, pass, self), head: head);
    }

    /// <summary>Null when the resident may go on; otherwise the way to the waiting room, which sends them back to
    /// <paramref name="returnUrl"/> once admitted.</summary>
    private static async Task<RedirectHttpResult?> QueueAsync(HttpContext http, CampaignInfo campaign, WaitingRoomGate gate, string returnUrl)
    {
        if (!gate.IsActive(campaign) || await gate.IsAdmittedAsync(campaign.CampaignId, ResidentCookies.Admission(http)))
        {
            return null;
        }

        return TypedResults.Redirect(ResidentPaths.WaitingRoom(campaign.CampaignId, ResidentPaths.Local(campaign.CampaignId, returnUrl)));
    }

    private static ContentHttpResult Start(HttpContext http, CampaignInfo campaign, TimeProvider time, string? voucherNumber, string? error, int status)
    {
        var page = PageContext.For(http);
        var today = BookingFormat.LocalDate(time.GetUtcNow(), campaign.UtcOffset);
        return PageResults.Page(page, campaign.Name, ResidentStartView.Render(page, campaign, today, voucherNumber, error), status, Stylesheet());
    }

    private static async Task<ContentHttpResult> SlotsAsync(HttpContext http, CampaignInfo campaign, string? date, string? siteId, IGrainFactory grains, TimeProvider time, string? error, int status)
    {
        var page = PageContext.For(http);
        var now = time.GetUtcNow();
        var today = BookingFormat.LocalDate(now, campaign.UtcOffset);
        if (!BookingInput.TryParseDate(date, out var day) || day < today)
        {
            day = new[] { today, BookingFormat.LocalDate(campaign.OpensAt, campaign.UtcOffset), campaign.FirstDate ?? today }.Max();
        }

        var site = campaign.Sites.Any(s => s.SiteId == siteId) ? siteId : null;
        var snapshot = await Availability(grains, campaign, day).Get(site);
        var open = snapshot.Slots.Where(s => s.Start > now).ToList();
        http.Response.Headers.CacheControl = "no-store";
        return PageResults.Page(page, page.T("日時と会場を選ぶ", "Choose a time"), SlotPickerView.Render(page, campaign, day, site, open, today, error), status, Stylesheet());
    }

    private static async Task<ContentHttpResult> MineAsync(HttpContext http, CampaignInfo campaign, ResidentSessionClaims session, IGrainFactory grains, string? notice, string? error, int status)
    {
        var page = PageContext.For(http);
        var reservations = await grains.Reference<IResidentGrain>(BookingKeys.Resident(session.CampaignId, session.ResidentId)).GetReservations();
        http.Response.Headers.CacheControl = "no-store";
        return PageResults.Page(page, page.T("あなたの予約", "Your booking"), MyBookingsView.Render(page, campaign, reservations, notice, error), status, Stylesheet());
    }

    private static IAvailabilityCacheGrain Availability(IGrainFactory grains, CampaignInfo campaign, DateOnly day)
        => grains.Reference<IAvailabilityCacheGrain>(BookingKeys.Day(campaign.CampaignId, day));

    private static HtmlContent Stylesheet() => Html.Of($"<link rel=\"stylesheet\" href=\"{BookingStylesheet.Path}\">");
}
