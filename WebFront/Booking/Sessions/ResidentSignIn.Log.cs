namespace CheckIn.WebFront.Booking.Sessions;

public sealed partial class ResidentSignIn
{
    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Resident sign-ins from {Address} refused: too many failures from this address")]
    private static partial void LogAddressLocked(ILogger logger, string address);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "Resident sign-in refused in campaign {CampaignId}: the voucher is locked after repeated failures")]
    private static partial void LogVoucherLocked(ILogger logger, string campaignId);
}
