namespace CheckIn.WebFront.Errors;

internal sealed partial class ProblemExceptionHandler
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Rejected {Method} {Path} with {Status} {Code}")]
    private static partial void LogRejected(ILogger logger, string method, string path, int status, string code);
}
