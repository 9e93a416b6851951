using Microsoft.Extensions.Logging;

namespace CheckIn.Grains.Booking;

public sealed partial class SlotGrain
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Error, Message = "Slot {Slot} could not store its state; it reloads")]
    private static partial void LogWriteFailed(ILogger logger, string slot, Exception exception);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Slot {Slot} could not reconcile reservation {ReservationId}; the next round tries again")]
    private static partial void LogReconcileFailed(ILogger logger, string slot, string reservationId, Exception exception);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Slot {Slot} could not report its free seats to the availability board; it reports again after the publish delay")]
    private static partial void LogReportFailed(ILogger logger, string slot, Exception exception);
}
