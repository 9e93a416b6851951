using Microsoft.Extensions.Logging;

namespace CheckIn.Grains.CheckIn;

internal sealed partial class MailOutboxGrain
{
    [LoggerMessage(EventId = 5020, Level = LogLevel.Warning, Message = "A warning mail of exposure {ExposureId} failed {Attempts} times and is given up")]
    private static partial void LogGaveUp(ILogger logger, string exposureId, int attempts);
}
