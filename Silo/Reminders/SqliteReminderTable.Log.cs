using Microsoft.Extensions.Logging;

namespace CheckIn.Silo.Reminders;

internal sealed partial class SqliteReminderTable
{
    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite reminder table ready in {Path} for service {ServiceId}")]
    private partial void LogStarted(string path, string serviceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder {ReminderName} of {GrainId} not removed: no row with ETag {ETag}")]
    private partial void LogRemoveRejected(GrainId grainId, string reminderName, string eTag);
}
