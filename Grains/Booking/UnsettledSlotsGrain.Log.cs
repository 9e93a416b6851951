using Microsoft.Extensions.Logging;

namespace CheckIn.Grains.Booking;

public sealed partial class UnsettledSlotsGrain
{
    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Campaign {Campaign}: slot {Slot} could not reconcile its unsettled records; the next round asks again")]
    private static partial void LogSlotFailed(ILogger logger, string campaign, string slot, Exception exception);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Campaign {Campaign}: the register of unsettled slots could not store the slots that left it; they are asked again next round")]
    private static partial void LogWriteFailed(ILogger logger, string campaign, Exception exception);
}
