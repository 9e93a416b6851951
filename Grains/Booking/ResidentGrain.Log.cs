using Microsoft.Extensions.Logging;

namespace CheckIn.Grains.Booking;

public sealed partial class ResidentGrain
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "Resident {Resident} could not release reservation {ReservationId}; the slot's reconciliation will")]
    private static partial void LogReleaseFailed(ILogger logger, string resident, string reservationId, Exception exception);
}
