using Microsoft.Extensions.Logging;

namespace CheckIn.Grains.CheckIn.Mail;

public sealed partial class WarningMailSender
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "Warning mail of exposure {ExposureId} not sent: {Error} (SMTP status {Status})")]
    private static partial void LogSendFailed(ILogger logger, string exposureId, string error, string status);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Warning mail of exposure {ExposureId} has no usable contact (missing: {Missing})")]
    private static partial void LogNoContact(ILogger logger, string exposureId, bool missing);
}
