namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>The machine-readable codes of <see cref="BookingException"/>. The first five are the
/// contract's (API.md, Vaccination booking); the rest name the other refusals of the booking domain.
/// <see cref="StatusCodeOf"/> gives the HTTP status the web front answers with.</summary>
public static class BookingErrorCodes
{
    /// <summary>The campaign is not published or its opening time has not come (403).</summary>
    public const string NotOpen = "not_open";

    /// <summary>The slot has no free seat (409).</summary>
    public const string SlotFull = "slot_full";

    /// <summary>The resident already holds an active dose-1 booking in this campaign (409).</summary>
    public const string AlreadyBooked = "already_booked";

    /// <summary>Unknown voucher number or wrong birth date: one answer for both (401).</summary>
    public const string InvalidVoucher = "invalid_voucher";

    /// <summary>Too many failed sign-ins for this voucher; retry after the lockout (429).</summary>
    public const string LockedOut = "locked_out";

    /// <summary>No free slot on the dose-2 day at the dose-1 site, so nothing was booked (409).</summary>
    public const string SecondDoseUnavailable = "second_dose_unavailable";

    /// <summary>Dose 2 is booked and cancelled only together with its dose 1 (409).</summary>
    public const string Dose2NotAlone = "dose2_not_alone";

    /// <summary>The Idempotency-Key was first used for a different request (422).</summary>
    public const string IdempotencyKeyReused = "idempotency_key_reused";

    /// <summary>The resident has no reservation with this id (404).</summary>
    public const string UnknownReservation = "unknown_reservation";

    /// <summary>The reservation was already attended: it cannot be cancelled or attended again (409).</summary>
    public const string AlreadyAttended = "already_attended";

    /// <summary>The dose-1 appointment has begun: it can no longer be cancelled (409).</summary>
    public const string CancelTooLate = "cancel_too_late";

    /// <summary>The slot's start time has passed: it takes no more bookings (409).</summary>
    public const string SlotClosed = "slot_closed";

    /// <summary>Attendance is recorded on the slot's own date, not before (409). This also keeps a dose-2
    /// attendance from preceding its dose 1.</summary>
    public const string AttendanceNotOpen = "attendance_not_open";

    /// <summary>No reservation in the slot has this attendance code (404).</summary>
    public const string UnknownCode = "unknown_code";

    /// <summary>No campaign with this id (404).</summary>
    public const string UnknownCampaign = "unknown_campaign";

    /// <summary>No site with this id in the campaign (404).</summary>
    public const string UnknownSite = "unknown_site";

    /// <summary>No slot with this id in the campaign (404).</summary>
    public const string UnknownSlot = "unknown_slot";

    /// <summary>A slot at this site and time exists with another capacity (409).</summary>
    public const string SlotExists = "slot_exists";

    /// <summary>The campaign is published: its opening time and dose interval are fixed (409).</summary>
    public const string CampaignPublished = "campaign_published";

    /// <summary>The sanity check found problems; the message lists them (422).</summary>
    public const string SanityCheckFailed = "sanity_check_failed";

    /// <summary>The request is malformed; the message says what is wrong (400).</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>The state could not be stored; nothing was confirmed, retry later (503).</summary>
    public const string Unavailable = "unavailable";

    /// <summary>The HTTP status the web front answers a refusal with the given code.</summary>
    public static int StatusCodeOf(string code) => code switch
    {
        InvalidVoucher => 401,
        NotOpen => 403,
        UnknownReservation or UnknownCode or UnknownCampaign or UnknownSite or UnknownSlot => 404,
        IdempotencyKeyReused or SanityCheckFailed => 422,
        LockedOut => 429,
        InvalidRequest => 400,
        Unavailable => 503,
        _ => 409,
    };
}
