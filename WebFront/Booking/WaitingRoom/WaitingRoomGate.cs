using CheckIn.Grains.Interfaces;
using System.Collections.Concurrent;
using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Auth;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Booking.WaitingRoom;

/// <summary>The web front's side of the waiting room. The grain hands out arrival positions and admits them
/// in order at its rate; this signs the position into a ticket (so nobody picks a better one) and, once the
/// position is admitted, into an expiring admission token that booking requests must carry during the
/// opening minutes. Positions known to be admitted are answered without asking the grain.</summary>
public sealed class WaitingRoomGate(IGrainFactory grains, SignedTokens tokens, TimeProvider time, IOptions<WaitingRoomOptions> options)
{
    /// <summary>The <see cref="SignedTokens"/> purpose of tickets (a place in the queue).</summary>
    public const string TicketPurpose = "booking-waiting-ticket";

    /// <summary>The <see cref="SignedTokens"/> purpose of admission tokens.</summary>
    public const string AdmissionPurpose = "booking-admission";

    /// <summary>The request header that carries an admission token to the API.</summary>
    public const string AdmissionHeader = "X-Admission-Token";

    /// <summary>The request header that carries a ticket to the API.</summary>
    public const string TicketHeader = "X-Waiting-Room-Ticket";

    /// <summary>The cookie that carries an admission token to the pages.</summary>
    public const string AdmissionCookie = "checkin_admission";

    /// <summary>The cookie that carries a ticket to the pages.</summary>
    public const string TicketCookie = "checkin_queue";

    private readonly ConcurrentDictionary<string, long> _admittedThrough = new(StringComparer.Ordinal);

    /// <summary>The settings.</summary>
    public WaitingRoomOptions Options => options.Value;

    /// <summary>True when booking in <paramref name="campaign"/> needs an admission now: the waiting room is on,
    /// and it is within the opening minutes.</summary>
    public bool IsActive(CampaignInfo campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var settings = options.Value;
        var now = time.GetUtcNow();
        return settings.Enabled && now >= campaign.OpensAt - settings.OpensBefore && now < campaign.OpensAt + settings.Duration;
    }

    /// <summary>True when <paramref name="admissionToken"/> is a valid, unexpired admission to the campaign.</summary>
    public async Task<bool> IsAdmittedAsync(string campaignId, string? admissionToken)
    {
        var claims = await tokens.ReadAsync<WaitingRoomClaims>(AdmissionPurpose, admissionToken).ConfigureAwait(false);
        return claims is not null && claims.CampaignId == campaignId;
    }

    /// <summary>Takes the next place in the queue (or, when no admission is needed, says so).</summary>
    public async Task<WaitingRoomPass> EnterAsync(CampaignInfo campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (!IsActive(campaign))
        {
            return Inactive();
        }

        var ticket = await grains.Reference<IWaitingRoomGrain>(campaign.CampaignId).Enter().ConfigureAwait(false);
        var signed = await tokens.CreateAsync(TicketPurpose, new WaitingRoomClaims(campaign.CampaignId, ticket.Position), time.GetUtcNow() + options.Value.TicketLifetime).ConfigureAwait(false);
        return await PassAsync(campaign.CampaignId, ticket, signed).ConfigureAwait(false);
    }

    /// <summary>Where the holder of <paramref name="ticket"/> stands now; null when the ticket is missing,
    /// forged, expired or for another campaign.</summary>
    public async Task<WaitingRoomPass?> CheckAsync(CampaignInfo campaign, string? ticket)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var claims = await tokens.ReadAsync<WaitingRoomClaims>(TicketPurpose, ticket).ConfigureAwait(false);
        if (claims is null || claims.CampaignId != campaign.CampaignId || claims.Position < 1)
        {
            return null;
        }

        if (!IsActive(campaign))
        {
            return Inactive();
        }

        var campaignId = campaign.CampaignId;
        if (_admittedThrough.TryGetValue(campaignId, out var through) && claims.Position <= through)
        {
            return await PassAsync(campaignId, new WaitingRoomTicket(claims.Position, true, through, TimeSpan.Zero, time.GetUtcNow()), ticket).ConfigureAwait(false);
        }

        var status = await grains.Reference<IWaitingRoomGrain>(campaignId).GetStatus(claims.Position).ConfigureAwait(false);
        return await PassAsync(campaignId, status, ticket).ConfigureAwait(false);
    }

    private async Task<WaitingRoomPass> PassAsync(string campaignId, WaitingRoomTicket status, string? ticket)
    {
        // Admission only grows, so the highest figure seen answers later questions about lower positions.
        _admittedThrough.AddOrUpdate(campaignId, status.AdmittedThrough, (_, known) => Math.Max(known, status.AdmittedThrough));
        if (!status.Admitted)
        {
            return new WaitingRoomPass(true, status.Position, false, status.AdmittedThrough, status.EstimatedWait, ticket, null, null);
        }

        var expiresAt = time.GetUtcNow() + options.Value.AdmissionLifetime;
        var admission = await tokens.CreateAsync(AdmissionPurpose, new WaitingRoomClaims(campaignId, status.Position), expiresAt).ConfigureAwait(false);
        return new WaitingRoomPass(true, status.Position, true, status.AdmittedThrough, TimeSpan.Zero, ticket, admission, expiresAt);
    }

    private static WaitingRoomPass Inactive() => new(false, null, true, 0, TimeSpan.Zero, null, null, null);
}
