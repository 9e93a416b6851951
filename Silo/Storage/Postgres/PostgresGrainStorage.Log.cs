using Microsoft.Extensions.Logging;

namespace CheckIn.Silo.Storage.Postgres;

internal sealed partial class PostgresGrainStorage
{
    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "Storage '{Provider}': attempt {Attempt} of {MaxAttempts} failed with a transient error that left nothing committed; trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string provider, int attempt, int maxAttempts, TimeSpan delay);
}
