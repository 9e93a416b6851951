using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The booking domain's refusals in words for residents, in the page's language.</summary>
internal static class ResidentMessages
{
    public static string For(PageContext page, string code, CampaignInfo campaign) => code switch
    {
        BookingErrorCodes.NotOpen => page.T(
            $"予約の受付はまだ始まっていません。受付開始は {BookingFormat.DateTime(page, campaign.OpensAt, campaign.UtcOffset)} です。",
            $"Booking has not opened yet. It opens on {BookingFormat.DateTime(page, campaign.OpensAt, campaign.UtcOffset)}."),
        BookingErrorCodes.SlotFull => page.T("この時間は満席になりました。別の時間を選んでください。", "This time has just filled up. Please choose another time."),
        BookingErrorCodes.SlotClosed => page.T("この時間の受付は終了しました。別の時間を選んでください。", "This time is no longer taking bookings. Please choose another time."),
        BookingErrorCodes.SecondDoseUnavailable => page.T(
            "2回目の接種枠に空きがないため、予約できませんでした（何も予約されていません）。別の日か会場を選んでください。",
            "There is no free time for the second dose, so nothing was booked. Please choose another day or site."),
        BookingErrorCodes.AlreadyBooked => page.T("すでに予約があります。別の日時にするには、いまの予約を取り消してください。", "You already have a booking. To change it, cancel it first."),
        BookingErrorCodes.UnknownSlot => page.T("この枠は見つかりません。もう一度選んでください。", "This time cannot be found. Please choose again."),
        BookingErrorCodes.UnknownReservation => page.T("この予約は見つかりません。", "This booking cannot be found."),
        BookingErrorCodes.Dose2NotAlone => page.T("2回目だけを取り消すことはできません。1回目の予約を取り消してください。", "The second dose cannot be cancelled on its own: cancel the first dose."),
        BookingErrorCodes.AlreadyAttended => page.T("接種済みのため、取り消せません。", "This booking was attended; it cannot be cancelled."),
        BookingErrorCodes.CancelTooLate => page.T("接種時刻を過ぎたため、ここでは取り消せません。会場にお問い合わせください。", "The appointment has begun; it can no longer be cancelled here. Please contact the site."),
        _ => page.T("予約を処理できませんでした。もう一度お試しください。", "The booking could not be completed. Please try again."),
    };
}
