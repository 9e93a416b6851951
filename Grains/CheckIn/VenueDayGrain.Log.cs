using Microsoft.Extensions.Logging;

namespace CheckIn.Grains.CheckIn;

internal sealed partial class VenueDayGrain
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Retention deleted day bucket {Bucket} ({Visitors} visitors checked)")]
    private static partial void LogPurged(ILogger logger, string bucket, int visitors);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Retention could not delete day bucket {Bucket}; it is retried at the next tick")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception, string bucket);
}
