using Microsoft.Extensions.Logging;

namespace CheckIn.Grains.CheckIn;

internal sealed partial class ExposureGrain
{
    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Exposure {ExposureId}: {Recipients} warnings queued in {Outboxes} outboxes in {Milliseconds:0} ms")]
    private static partial void LogQueued(ILogger logger, string exposureId, int recipients, int outboxes, double milliseconds);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Exposure {ExposureId} completed: {Sent} sent, {Failed} failed")]
    private static partial void LogCompleted(ILogger logger, string exposureId, int sent, int failed);
}
