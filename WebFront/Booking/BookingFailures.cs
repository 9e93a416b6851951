using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CheckIn.WebFront.Booking;

/// <summary>The booking area's own refusals (the grains' are <see cref="BookingException"/>s, mapped by code).
/// The contract's codes come from <see cref="BookingErrorCodes"/>, so the web front and the grains never
/// spell one differently.</summary>
public static class BookingFailures
{
    /// <summary>Code of <see cref="AdmissionRequired"/>.</summary>
    public const string AdmissionRequiredCode = "admission_required";

    /// <summary>Code of <see cref="InvalidTicket"/>.</summary>
    public const string InvalidTicketCode = "invalid_ticket";

    /// <summary>Code of <see cref="EmptyCsv"/>.</summary>
    public const string EmptyCsvCode = "empty_csv";

    /// <summary>Code of <see cref="InvalidEncoding"/>.</summary>
    public const string InvalidEncodingCode = "invalid_encoding";

    public static readonly DomainFailure UnknownCampaign = new(404, BookingErrorCodes.UnknownCampaign, "No campaign has this id");
    public static readonly DomainFailure UnknownSite = new(404, BookingErrorCodes.UnknownSite, "The campaign has no site with this id");
    public static readonly DomainFailure UnknownSlot = new(404, BookingErrorCodes.UnknownSlot, "The campaign has no slot with this id");
    public static readonly DomainFailure UnknownReservation = new(404, BookingErrorCodes.UnknownReservation, "You have no reservation with this id");
    public static readonly DomainFailure UnknownCode = new(404, BookingErrorCodes.UnknownCode, "No reservation of this slot has that attendance code");
    public static readonly DomainFailure InvalidVoucher = new(401, BookingErrorCodes.InvalidVoucher, "The voucher number or the birth date is not right");
    public static readonly DomainFailure LockedOut = new(429, BookingErrorCodes.LockedOut, "Too many failed attempts; try again later");
    public static readonly DomainFailure InvalidRequest = new(400, BookingErrorCodes.InvalidRequest, "The request is malformed");
    public static readonly DomainFailure AdmissionRequired = new(403, AdmissionRequiredCode, "The booking is opening: take a place in the waiting room first");
    public static readonly DomainFailure InvalidTicket = new(400, InvalidTicketCode, "The waiting-room ticket is missing, forged or expired");
    public static readonly DomainFailure EmptyCsv = new(400, EmptyCsvCode, "The voucher file has no lines");
    public static readonly DomainFailure InvalidEncoding = new(400, InvalidEncodingCode, "The voucher file is neither UTF-8 nor Shift_JIS text");

    /// <summary>A grain's refusal returned as a value: the same problem a <see cref="BookingException"/> with its
    /// code and message becomes.</summary>
    public static ProblemHttpResult ToProblem(this BookingRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Problems.Of(BookingErrorCodes.StatusCodeOf(refusal.Code), refusal.Code, refusal.Message);
    }
}
