using Microsoft.Extensions.Logging;

namespace CheckIn.Silo.Storage.GroupCommit;

internal sealed partial class GroupCommitWriter
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Storage '{Provider}': a transaction of {Count} operations failed; all of them were failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, string provider, int count);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Storage '{Provider}': the group-commit loop stopped unexpectedly; pending and later writes fail")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception, string provider);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Storage '{Provider}': the group-commit loop did not stop in time during disposal and was abandoned")]
    private static partial void LogLoopAbandoned(ILogger logger, string provider);
}
