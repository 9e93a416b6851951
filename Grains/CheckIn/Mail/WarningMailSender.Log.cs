using Microsoft.Extensions.Logging;

namespace CheckIn.Grains.CheckIn.Mail;

public sealed partial class WarningMailSender
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "Warning mail of exposure {ExposureId} not sent: {Error} (SMTP status {Status})")]
    private static partial void LogSendFailed(ILogger logger, string exposureId, string error, string status);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Warning mail of exposure {ExposureId} has no usable contact (missing: {Missing})")]
    private static partial void LogNoContact(ILogger logger, string exposureId, bool missing);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Debug, Message = "Warning mail of exposure {ExposureId} not sent, the SMTP server is unavailable: {Error} (SMTP status {Status})")]
    private static partial void LogSendUnavailable(ILogger logger, string exposureId, string error, string status);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "SMTP server {Host}:{Port} unavailable ({Error}, SMTP status {Status}): warnings stay queued, each outbox tries one again every {RetryDelay}")]
    private static partial void LogServerUnreachable(ILogger logger, string host, int port, string error, string status, TimeSpan retryDelay);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "SMTP server {Host}:{Port} takes mail again after {Down} unavailable ({Sends} sends found it unavailable)")]
    private static partial void LogServerReachable(ILogger logger, string host, int port, TimeSpan down, int sends);
}
